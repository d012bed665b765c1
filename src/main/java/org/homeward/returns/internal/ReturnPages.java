package org.homeward.returns.internal;

import java.time.LocalDate;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.ibm.icu.util.ULocale;

import org.homeward.access.Scope;
import org.homeward.access.Scopes;
import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.ledger.RecordKey;
import org.homeward.returns.RecordFilter;
import org.homeward.returns.RecordOrder;
import org.homeward.returns.ReturnCategory;
import org.homeward.returns.ReturnCount;
import org.homeward.returns.ReturnVersion;
import org.homeward.returns.ReturnsLedger;
import org.homeward.sources.Source;
import org.homeward.sources.Sources;
import org.homeward.web.FormErrors;
import org.homeward.web.ProblemException;
import org.homeward.web.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

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
	private final MessageSource messages;

	ReturnPages(ReturnsLedger ledger, RecordEntry entry, Sources sources, Places places, Scopes scopes,
			MessageSource messages) {
		this.messages = messages;
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
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "import", required = false) Long importId, Model model) {
		// the records of one import are listed across sources unless a source is chosen
		Source chosen = source != null && !source.isBlank() ? sources.require(source)
				: importId == null ? sources.primary() : null;
		if (page < 1) {
			throw ProblemException.invalid("page", page, "must be 1 or more.");
		}
		RecordOrder order = RecordOrder.parse(sort);
		String language = FormErrors.language();
		PlaceChoice where = PlaceChoice.of(place, places, language);
		RecordFilter filter = RecordFilter.of(chosen == null ? null : chosen.code(), from, to, category, where.code(), id,
				voided, importId);
		ReturnsLedger.RecordPage found = where.isOpen() ? new ReturnsLedger.RecordPage(List.of(), 0)
				: ledger.find(filter, order, offset(page), PAGE_SIZE);
		int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		if (page > pages) { // the filter now matches fewer records than when the link was made: its last page
			page = pages;
			found = ledger.find(filter, order, offset(page), PAGE_SIZE);
		}
		model.addAttribute("records", found.records().stream().map(this::row).toList());
		model.addAttribute("total", found.total());
		model.addAttribute("found", matching(found.total()));
		model.addAttribute("firstShown", offset(page) + 1);
		model.addAttribute("lastShown", offset(page) + found.records().size());
		model.addAttribute("page", page);
		model.addAttribute("pages", pages);
		model.addAttribute("links", new ListLinks(filter, order));
		model.addAttribute("placeText", where.text());
		model.addAttribute("placeChoices", where.candidates().stream()
			.map(p -> Map.entry(p.code(), places.label(p.code(), language))).toList());
		model.addAttribute("placeMatches", where.matches());
		model.addAttribute("placeOpen", where.isOpen());
		model.addAttribute("source", chosen == null ? "" : chosen.code());
		model.addAttribute("importId", importId);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("category", filter.category() == null ? "" : filter.category().apiName());
		model.addAttribute("place", where.isOpen() ? where.text() : where.code() == null ? "" : where.code());
		model.addAttribute("id", filter.recordId() == null ? "" : filter.recordId());
		model.addAttribute("voided", voided);
		common(model);
		return "returns/list";
	}

	private static int offset(int page) {
		return (int) Math.min((page - 1L) * PAGE_SIZE, Integer.MAX_VALUE - PAGE_SIZE);
	}

	/** "20,000 records match" in the reader's language: ICU's plural forms, the count grouped as pages group it. */
	private String matching(long total) {
		Locale locale = LocaleContextHolder.getLocale();
		String pattern = messages.getMessage("returns.found", null, locale);
		return new com.ibm.icu.text.MessageFormat(pattern, ULocale.forLocale(locale))
			.format(Map.of("total", total, "count", NumberFormat.getIntegerInstance(locale).format(total)));
	}

	/**
	 * What the place field names: a place by its code, or by its name in any language. A name several places
	 * bear, or none, leaves the choice open and lists the candidates (at most {@link #CHOICES}) instead of records.
	 */
	record PlaceChoice(String text, String code, List<Place> candidates, int matches) {

		static final int CHOICES = 20;

		static PlaceChoice of(String text, Places places, String language) {
			if (text == null || text.isBlank()) {
				return new PlaceChoice("", null, List.of(), 0);
			}
			String typed = text.strip();
			Optional<Place> byCode = places.find(typed);
			if (byCode.isPresent()) {
				return new PlaceChoice(typed, byCode.get().code(), List.of(byCode.get()), 1);
			}
			List<Place> named = places.search(new Places.Filter(null, null, typed, 0, Places.Filter.MAX_LIMIT)).places();
			// "Aleppo" is part of several names; the place named exactly so is the one meant, when there is one
			List<Place> exactly = named.stream().filter(p -> Stream.of(p.names().en(), p.names().ar(), p.names().ru())
				.anyMatch(name -> name != null && name.strip().equalsIgnoreCase(typed))).toList();
			List<Place> candidates = exactly.isEmpty() ? named : exactly;
			return candidates.size() == 1 ? new PlaceChoice(typed, candidates.get(0).code(), candidates, 1)
					: new PlaceChoice(typed, null, candidates.subList(0, Math.min(CHOICES, candidates.size())),
							candidates.size());
		}

		/** Whether the text named no place, or several: the list then shows no record. */
		boolean isOpen() {
			return code == null && !text.isEmpty();
		}
	}

	/** The list's links, each keeping its filter: to another order, another page, another place, the download. */
	record ListLinks(RecordFilter filter, RecordOrder order) {

		/** The first page sorted by a column: its order reversed when the list is sorted by it already. */
		public String sortedBy(String column) {
			return list(order.next(column(column)), 1, filter.place());
		}

		/** {@code ascending} or {@code descending} for the column the list is sorted by, else null (no attribute). */
		public String ariaSort(String column) {
			return order.column() != column(column) ? null : order.descending() ? "descending" : "ascending";
		}

		public String page(int number) {
			return list(order, number, filter.place());
		}

		public String place(String code) {
			return list(order, 1, code);
		}

		/** The records of every page as a file, current versions only (the file has no column for a void). */
		public String download() {
			return query(UriComponentsBuilder.fromPath("/returns/export"), filter.place()).queryParam("sort",
					order.parameter()).build().encode().toUriString();
		}

		private String list(RecordOrder sorted, int page, String place) {
			UriComponentsBuilder link = query(UriComponentsBuilder.fromPath("/returns"), place);
			if (filter.includeVoided()) {
				link.queryParam("voided", true);
			}
			if (!sorted.equals(RecordOrder.NEWEST_FIRST)) {
				link.queryParam("sort", sorted.parameter());
			}
			if (page > 1) {
				link.queryParam("page", page);
			}
			return link.build().encode().toUriString();
		}

		private UriComponentsBuilder query(UriComponentsBuilder link, String place) {
			param(link, "source", filter.source());
			param(link, "import", filter.importId());
			param(link, "from", filter.from());
			param(link, "to", filter.to());
			param(link, "category", filter.category() == null ? null : filter.category().apiName());
			param(link, "place", place);
			param(link, "id", filter.recordId());
			return link;
		}

		private static void param(UriComponentsBuilder link, String name, Object value) {
			if (value != null) {
				link.queryParam(name, value);
			}
		}

		private static RecordOrder.Column column(String name) {
			return RecordOrder.Column.valueOf(name.toUpperCase(Locale.ROOT));
		}
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
