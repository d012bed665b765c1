package org.homeward.returns.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.homeward.access.Scope;
import org.homeward.access.Scopes;
import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.ledger.RecordKey;
import org.homeward.returns.RecordFilter;
import org.homeward.returns.ReturnCategory;
import org.homeward.returns.ReturnCount;
import org.homeward.returns.ReturnVersion;
import org.homeward.returns.ReturnsLedger;
import org.homeward.sources.Source;
import org.homeward.sources.Sources;
import org.homeward.web.FormErrors;
import org.homeward.web.ProblemException;
import org.homeward.web.WebPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages a data officer works in: the records of their area with filters, a new record, a record's versions,
 * and its correction or void with a reason. The ledger itself keeps each user to their scope.
 */
@WebPage
class ReturnPages {

	static final int PAGE_SIZE = 50;

	private final ReturnsLedger ledger;
	private final RecordEntry entry;
	private final Sources sources;
	private final Places places;
	private final Scopes scopes;

	ReturnPages(ReturnsLedger ledger, RecordEntry entry, Sources sources, Places places, Scopes scopes) {
		this.ledger = ledger;
		this.entry = entry;
		this.sources = sources;
		this.places = places;
		this.scopes = scopes;
	}

	@GetMapping("/returns")
	String list(@RequestParam(required = false) String source,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String category, @RequestParam(required = false) String place,
			@RequestParam(required = false) String id, @RequestParam(defaultValue = "false") boolean voided,
			@RequestParam(defaultValue = "0") int offset, @RequestParam(name = "import", required = false) Long importId,
			Model model) {
		// the records of one import are listed across sources unless a source is chosen
		Source chosen = source != null && !source.isBlank() ? sources.require(source)
				: importId == null ? sources.primary() : null;
		ReturnCategory only = category == null || category.isBlank() ? null : ReturnCategory.parse(category)
			.orElseThrow(() -> ProblemException.invalid("category", category, "must be idp_returnee or refugee_returnee."));
		ReturnsLedger.RecordPage page = ledger.find(new RecordFilter(chosen == null ? null : chosen.code(), from, to,
				only, place, id, null, voided, importId), Math.max(0, offset), PAGE_SIZE);
		model.addAttribute("records", page.records().stream().map(this::row).toList());
		model.addAttribute("more", page.more());
		model.addAttribute("offset", Math.max(0, offset));
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("source", chosen == null ? "" : chosen.code());
		model.addAttribute("importId", importId);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("category", only == null ? "" : only.apiName());
		model.addAttribute("place", place == null ? "" : place.strip());
		model.addAttribute("id", id == null ? "" : id.strip());
		model.addAttribute("voided", voided);
		common(model);
		return "returns/list";
	}

	@GetMapping("/returns/new")
	String newRecord(Model model) {
		Scope scope = scopes.current();
		String source = scope.sourceCode() != null ? scope.sourceCode() : sources.primary().code();
		return form(model, new ReturnRequest(null, source, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null), FormErrors.NONE);
	}

	@PostMapping("/returns")
	ModelAndView add(@ModelAttribute ReturnRequest form, Model model) {
		try {
			ReturnVersion added = entry.add(form);
			return redirect(added, "added");
		}
		catch (ProblemException refused) {
			return FormErrors.redisplay(refused, model, errors -> form(model, form, errors));
		}
	}

	@GetMapping("/returns/{source}/{id}")
	String record(@PathVariable String source, @PathVariable String id, Model model) {
		return recordPage(source, id, model, null, FormErrors.NONE, FormErrors.NONE);
	}

	@PostMapping("/returns/{source}/{id}")
	ModelAndView correct(@PathVariable String source, @PathVariable String id, @ModelAttribute ReturnRequest form,
			Model model) {
		try {
			return redirect(entry.correct(source, id, form), "corrected");
		}
		catch (ProblemException refused) {
			return FormErrors.redisplay(refused, model,
					errors -> recordPage(source, id, model, form, errors, FormErrors.NONE));
		}
	}

	@PostMapping("/returns/{source}/{id}/void")
	ModelAndView voidRecord(@PathVariable String source, @PathVariable String id,
			@RequestParam(required = false) String reason, Model model) {
		try {
			return redirect(entry.voidRecord(source, id, reason), "voided");
		}
		catch (ProblemException refused) {
			return FormErrors.redisplay(refused, model,
					errors -> recordPage(source, id, model, null, FormErrors.NONE, errors));
		}
	}

	private String recordPage(String source, String id, Model model, ReturnRequest correction,
			FormErrors correctionErrors, FormErrors voidErrors) {
		RecordKey record = RecordKey.of(source, id);
		List<ReturnVersion> versions = ledger.readVersions(record);
		if (versions.isEmpty()) {
			throw ProblemException.notFound("Return record", record.toString());
		}
		ReturnVersion current = versions.get(versions.size() - 1);
		model.addAttribute("record", row(current));
		List<Row> newestFirst = new java.util.ArrayList<>(versions.stream().map(this::row).toList());
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("versions", newestFirst);
		model.addAttribute("form", correction != null ? correction : request(current));
		model.addAttribute("errors", correctionErrors);
		model.addAttribute("voidErrors", voidErrors);
		common(model);
		return "returns/record";
	}

	private String form(Model model, ReturnRequest form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		common(model);
		return "returns/new";
	}

	private void common(Model model) {
		String language = FormErrors.language();
		Scope scope = scopes.current();
		model.addAttribute("sources", scope.sourceCode() == null ? sources.all()
				: sources.all().stream().filter(s -> s.code().equals(scope.sourceCode())).toList());
		model.addAttribute("governorates", options(PlaceKind.GOVERNORATE, language));
		model.addAttribute("entryPoints", options(PlaceKind.ENTRY_POINT, language));
		model.addAttribute("area", scope.limitsPlaces()
				? scope.places().stream().map(p -> places.label(p.code(), language)).toList()
				: null);
		model.addAttribute("categories", List.of(ReturnCategory.values()).stream().map(ReturnCategory::apiName).toList());
	}

	private List<Map.Entry<String, String>> options(PlaceKind kind, String language) {
		return places.search(new Places.Filter(kind, null, null, 0, Places.Filter.MAX_LIMIT)).places().stream()
			.sorted(java.util.Comparator.comparing(Place::code))
			.map(p -> Map.entry(p.code(), places.label(p.code(), language))).toList();
	}

	/** A version as a row of a table: the codes with their names in the reader's language. */
	record Row(String source, String id, int version, boolean voided, LocalDate day, String category, int persons,
			String destination, String entryPoint, String origin, Integer female, Integer male, Integer households,
			java.time.Instant recordedAt, String recordedBy, String reason) {
	}

	private Row row(ReturnVersion version) {
		String language = FormErrors.language();
		ReturnCount content = version.content();
		return new Row(version.source(), version.recordId(), version.version(), version.voided(), content.day(),
				content.category().apiName(), content.persons(),
				places.label(content.destination().finest(), language),
				content.entryPoint() == null ? "" : places.label(content.entryPoint(), language),
				content.originCountry() != null ? content.originCountry()
						: content.originAdm1() == null ? "" : places.label(content.originAdm1(), language),
				content.female(), content.male(), content.households(), version.recordedAt(), version.recordedBy(),
				version.reason());
	}

	private static ReturnRequest request(ReturnVersion version) {
		ReturnCount c = version.content();
		ReturnCount.Destination to = c.destination();
		ReturnCount.AgeBreakdown ages = c.ages();
		return new ReturnRequest(version.recordId(), version.source(), c.day().toString(), c.category().apiName(),
				Integer.toString(c.persons()), to.adm1(), to.adm2(), to.adm3(), to.adm4(), c.originCountry(),
				c.originAdm1(), c.entryPoint(), text(c.female()), text(c.male()), text(ages.age0to4()),
				text(ages.age5to11()), text(ages.age12to17()), text(ages.age18to59()), text(ages.age60plus()),
				text(c.households()), null);
	}

	private static String text(Integer value) {
		return value == null ? null : value.toString();
	}

	private static ModelAndView redirect(ReturnVersion version, String what) {
		return new ModelAndView("redirect:/returns/" + version.source() + "/"
				+ org.springframework.web.util.UriUtils.encodePathSegment(version.recordId(),
						java.nio.charset.StandardCharsets.UTF_8) + "?" + what);
	}
}
