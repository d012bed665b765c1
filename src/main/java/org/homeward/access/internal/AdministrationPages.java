package org.homeward.access.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.homeward.access.AuditTrail;
import org.homeward.access.Role;
import org.homeward.access.SourceCodes;
import org.homeward.web.FormErrors;
import org.homeward.web.ProblemException;
import org.homeward.web.SpreadsheetText;
import org.homeward.web.WebPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * Administration: accounts with their roles, areas and sources; API tokens and device tokens (shown once, a device's
 * as the QR code of its ODK Collect settings; revocable); the audit trail with filters and a CSV export. Administrators only; every change here lands in the audit trail.
 */
@WebPage
class AdministrationPages {

	private final UserAdministration accounts;
	private final ApiTokens tokens;
	private final AuditLog auditLog;
	private final AuditTrail auditTrail;
	private final SourceCodes sources;
	private final ObjectMapper json;

	AdministrationPages(UserAdministration accounts, ApiTokens tokens, AuditLog auditLog, AuditTrail auditTrail,
			SourceCodes sources, ObjectMapper json) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.auditLog = auditLog;
		this.auditTrail = auditTrail;
		this.sources = sources;
		this.json = json;
	}

	/** A device just issued: its URL and the code to scan, shown this once. */
	record IssuedDevice(ApiTokens.Token token, String serverUrl, String code) {
	}

	@GetMapping("/admin")
	String administration() {
		return "redirect:/admin/users";
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		return usersPage(model, blankForm(), FormErrors.NONE);
	}

	@PostMapping("/admin/users")
	ModelAndView create(@RequestParam(required = false) String username,
			@RequestParam(required = false) String displayName, @RequestParam(required = false) String password,
			@RequestParam(required = false) List<Role> roles, @RequestParam(required = false) String area,
			@RequestParam(required = false) String source, Model model) {
		UserAdministration.AccountForm form = new UserAdministration.AccountForm(username, displayName, password,
				roles == null ? Set.of() : EnumSet.copyOf(roles), area, source, true);
		try {
			UserAccount created = accounts.create(form);
			return new ModelAndView("redirect:/admin/users/" + created.id() + "?created");
		}
		catch (ProblemException refused) {
			return FormErrors.redisplay(refused, model, errors -> usersPage(model, form, errors));
		}
	}

	@GetMapping("/admin/users/{id}")
	String user(@PathVariable long id, Model model) {
		UserAccount account = accounts.require(id);
		return userPage(model, account, formOf(account), FormErrors.NONE, FormErrors.NONE, null);
	}

	@PostMapping("/admin/users/{id}")
	ModelAndView update(@PathVariable long id, @RequestParam(required = false) String displayName,
			@RequestParam(required = false) List<Role> roles, @RequestParam(required = false) String area,
			@RequestParam(required = false) String source, @RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam(required = false) String reason, Model model) {
		UserAccount account = accounts.require(id);
		UserAdministration.AccountForm form = new UserAdministration.AccountForm(account.username(), displayName, null,
				roles == null ? Set.of() : EnumSet.copyOf(roles), area, source, enabled);
		try {
			accounts.update(id, form, reason == null || reason.isBlank() ? null : reason.strip());
			return new ModelAndView("redirect:/admin/users/" + id + "?saved");
		}
		catch (ProblemException refused) {
			return FormErrors.redisplay(refused, model,
					errors -> userPage(model, account, form, errors, FormErrors.NONE, null));
		}
	}

	@PostMapping("/admin/users/{id}/password")
	ModelAndView resetPassword(@PathVariable long id, @RequestParam(required = false) String password, Model model) {
		UserAccount account = accounts.require(id);
		try {
			accounts.resetPassword(id, password);
			return new ModelAndView("redirect:/admin/users/" + id + "?passwordReset");
		}
		catch (ProblemException refused) {
			return FormErrors.redisplay(refused, model,
					errors -> userPage(model, account, formOf(account), FormErrors.NONE, errors, null));
		}
	}

	@PostMapping("/admin/users/{id}/tokens")
	ModelAndView createToken(@PathVariable long id, @RequestParam(required = false) String name, Model model) {
		UserAccount account = accounts.require(id);
		try {
			ApiTokens.Created created = tokens.create(id, name, ApiTokens.Purpose.API);
			// the one time the token is shown: answered directly, never by a redirect that could be replayed
			ModelAndView page = new ModelAndView(userPage(model, accounts.require(id), formOf(account), FormErrors.NONE,
					FormErrors.NONE, created), model.asMap());
			page.setStatus(HttpStatus.CREATED);
			return page;
		}
		catch (ProblemException refused) {
			return FormErrors.redisplay(refused, model, errors -> {
				model.addAttribute("tokenErrors", errors);
				return userPage(model, account, formOf(account), FormErrors.NONE, FormErrors.NONE, null);
			});
		}
	}

	@PostMapping("/admin/users/{id}/devices")
	ModelAndView issueDevice(@PathVariable long id, @RequestParam(required = false) String name,
			HttpServletRequest request, Model model) {
		UserAccount account = accounts.require(id);
		try {
			ApiTokens.Created created = tokens.create(id, name, ApiTokens.Purpose.DEVICE);
			// the URL as the administrator reached Homeward: the phone is to reach it the same way
			String serverUrl = ServletUriComponentsBuilder.fromContextPath(request).path(DeviceKeyFilter.PATH)
				.path(created.secret()).build().toUriString();
			CollectSettings settings = new CollectSettings(serverUrl, "Homeward · " + created.token().name());
			model.addAttribute("device", new IssuedDevice(created.token(), serverUrl, settings.svg(json)));
			ModelAndView page = new ModelAndView(userPage(model, account, formOf(account), FormErrors.NONE,
					FormErrors.NONE, null), model.asMap());
			page.setStatus(HttpStatus.CREATED);
			return page;
		}
		catch (ProblemException refused) {
			return FormErrors.redisplay(refused, model, errors -> {
				model.addAttribute("deviceErrors", errors);
				return userPage(model, account, formOf(account), FormErrors.NONE, FormErrors.NONE, null);
			});
		}
	}

	@GetMapping("/admin/tokens")
	String tokens(Model model) {
		model.addAttribute("tokens", tokens.list());
		return "access/tokens";
	}

	@PostMapping("/admin/tokens/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Long user) {
		tokens.revoke(id, reason == null || reason.isBlank() ? null : reason.strip());
		return user != null ? "redirect:/admin/users/" + user + "?revoked" : "redirect:/admin/tokens?revoked";
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subject,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int offset, Model model) {
		AuditLog.Filter filter = new AuditLog.Filter(actor, action, subject, from, to);
		AuditLog.Page page = auditLog.search(filter, offset);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", page.entries());
		model.addAttribute("more", page.more());
		model.addAttribute("offset", Math.max(0, offset));
		model.addAttribute("pageSize", AuditLog.PAGE_SIZE);
		return "access/audit";
	}

	/** The filtered trail as CSV, oldest first; cells a spreadsheet would run as formulas are neutralised. */
	@GetMapping("/admin/audit.csv")
	void exportAudit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subject,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		AuditLog.Filter filter = new AuditLog.Filter(actor, action, subject, from, to);
		auditTrail.record(auditTrail.currentActor(), "audit.exported", "audit_event", null,
				java.util.Map.of("actor", String.valueOf(filter.actor()), "action", String.valueOf(filter.action()),
						"subject", String.valueOf(filter.subject()), "from", String.valueOf(from), "to", String.valueOf(to)),
				null);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"homeward-audit.csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("id", "occurred_at", "actor",
				"action", "subject_type", "subject_id", "details", "reason", "client_address").get())) {
			auditLog.forEach(filter, entry -> {
				try {
					csv.printRecord(entry.id(), entry.occurredAt(), cell(entry.actor()), cell(entry.action()),
							cell(entry.subjectType()), cell(entry.subjectId()), cell(entry.details()), cell(entry.reason()),
							cell(entry.clientAddress()));
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
		}
	}

	private static String cell(String text) {
		return SpreadsheetText.neutralise(text);
	}

	private String usersPage(Model model, UserAdministration.AccountForm form, FormErrors errors) {
		model.addAttribute("users", accounts.all());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		common(model);
		return "access/users";
	}

	private String userPage(Model model, UserAccount account, UserAdministration.AccountForm form, FormErrors errors,
			FormErrors passwordErrors, ApiTokens.Created created) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("passwordErrors", passwordErrors);
		for (String attribute : List.of("tokenErrors", "deviceErrors")) {
			if (!model.containsAttribute(attribute)) {
				model.addAttribute(attribute, FormErrors.NONE);
			}
		}
		model.addAttribute("created", created);
		List<ApiTokens.Token> own = tokens.list().stream().filter(t -> t.username().equals(account.username())).toList();
		model.addAttribute("tokens", own.stream().filter(t -> t.purpose() == ApiTokens.Purpose.API).toList());
		model.addAttribute("devices", own.stream().filter(t -> t.purpose() == ApiTokens.Purpose.DEVICE).toList());
		common(model);
		return "access/user";
	}

	private void common(Model model) {
		model.addAttribute("roles", List.of(Role.values()));
		model.addAttribute("sourceCodes", sources.codes());
		model.addAttribute("minPassword", UserAdministration.MIN_PASSWORD_LENGTH);
	}

	private static UserAdministration.AccountForm blankForm() {
		return new UserAdministration.AccountForm("", "", null, Set.of(), "", "", true);
	}

	private static UserAdministration.AccountForm formOf(UserAccount account) {
		return new UserAdministration.AccountForm(account.username(), account.displayName(), null, account.roles(),
				String.join(" ", new java.util.TreeSet<>(account.scope())), account.source(), account.enabled());
	}
}
