package org.homeward.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.homeward.access.AccountNames;
import org.homeward.exchange.HxlFileImports;
import org.homeward.ledger.LoggedImport;
import org.homeward.reconstruction.Facilities;
import org.homeward.returns.ReturnsLedger;
import org.homeward.web.SpreadsheetText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.homeward.web.FormErrors;
import org.homeward.ledger.ImportSummary;
import org.homeward.web.ProblemException;
import org.homeward.web.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * A spreadsheet sent from a page: the same all-or-nothing import as the API, answered with its report (what was
 * applied, or every refused row with its column, value and reason). Each form carries an idempotency key, so
 * sending it twice over a shaky link applies the file once. Beside the form: the columns of the file, a template
 * to fill in, and the latest imports of the kind the reader may see.
 */
@WebPage
class UploadPages {

	/** The imports the history lists. */
	static final int HISTORY = 20;

	private final HxlFileImports imports;
	private final ReturnsLedger returns;
	private final Facilities facilities;
	private final AccountNames accounts;
	private final HxlWriter writer;
	private final MessageSource messages;

	UploadPages(HxlFileImports imports, ReturnsLedger returns, Facilities facilities, AccountNames accounts,
			HxlWriter writer, MessageSource messages) {
		this.imports = imports;
		this.returns = returns;
		this.facilities = facilities;
		this.accounts = accounts;
		this.writer = writer;
		this.messages = messages;
	}

	@GetMapping({ "/returns/upload", "/facilities/upload" })
	String form(Model model, jakarta.servlet.http.HttpServletRequest request) {
		String kind = request.getRequestURI().contains("/facilities/") ? "facilities" : "returns";
		model.addAttribute("kind", kind);
		model.addAttribute("key", UUID.randomUUID().toString());
		model.addAttribute("errors", FormErrors.NONE);
		guide(kind, model.asMap());
		return "exchange/upload";
	}

	/**
	 * An empty file to fill in: the human headers in the reader's language, then the hashtag row. No example row:
	 * a forgotten example would be imported as people who came home (it is valid data), so the examples stay on
	 * the page. The byte order mark lets a spreadsheet program read Arabic and Russian headers as UTF-8.
	 */
	@GetMapping("/{kind:returns|facilities}/upload/template")
	void template(@PathVariable String kind, HttpServletResponse response) throws IOException {
		List<UploadColumns.Column> columns = UploadColumns.of(kind);
		java.util.Locale locale = LocaleContextHolder.getLocale();
		response.setContentType(HxlFiles.CSV + ";charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + kind + "-template.csv\"");
		OutputStream out = response.getOutputStream();
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		writer.csv(columns.stream()
			.map(column -> SpreadsheetText.neutralise(messages.getMessage(column.key() + ".name", null, locale)))
			.toList(), columns.stream().map(UploadColumns.Column::hashtag).toList(), rows -> {
			}, out);
	}

	@PostMapping("/{kind:returns|facilities}/upload")
	ModelAndView upload(@PathVariable String kind, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String key, Model model) throws IOException {
		model.addAttribute("kind", kind);
		model.addAttribute("key", UUID.randomUUID().toString());
		ModelAndView page = new ModelAndView("exchange/upload", model.asMap());
		if (file == null || file.isEmpty()) {
			page.addObject("errors", FormErrors.of(org.homeward.web.InvalidInputException.of(java.util.List.of(
					org.homeward.web.InputError.field("file", null, "Choose a CSV or XLSX file with HXL hashtags.")))));
			page.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT);
			guide(kind, page.getModel());
			return page;
		}
		String idempotencyKey = key == null || key.isBlank() || key.length() > 100 ? null : "page:" + key;
		try (InputStream body = file.getInputStream()) {
			String name = file.getOriginalFilename();
			ImportSummary summary = kind.equals("facilities")
					? imports.facilities(body, file.getContentType(), name, idempotencyKey)
					: imports.returns(body, file.getContentType(), name, idempotencyKey);
			page.addObject("summary", summary);
			page.addObject("fileName", name);
			page.addObject("errors", FormErrors.NONE);
			guide(kind, page.getModel());
			return page;
		}
		catch (ProblemException refused) {
			if (refused.status().is5xxServerError()) {
				throw refused;
			}
			page.addObject("errors", FormErrors.of(refused));
			page.addObject("fileName", file.getOriginalFilename());
			page.setStatus(refused.status());
			guide(kind, page.getModel());
			return page;
		}
	}

	/** The columns of the kind's files, and its latest imports the reader may see, each with whose account sent it. */
	private void guide(String kind, Map<String, Object> model) {
		model.put("columns", UploadColumns.of(kind));
		List<LoggedImport> latest = kind.equals("facilities") ? facilities.latestImports(HISTORY)
				: returns.latestImports(HISTORY);
		Map<String, String> names = accounts.displayNames(latest.stream().map(LoggedImport::importedBy).toList());
		model.put("history", latest.stream().map(logged -> new HistoryRow(logged, names.get(logged.importedBy())))
			.toList());
	}

	/** An import as the history lists it: the account shown by its display name. */
	record HistoryRow(LoggedImport logged, String by) {
	}
}
