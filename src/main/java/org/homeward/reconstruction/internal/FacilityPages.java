package org.homeward.reconstruction.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.ledger.RecordKey;
import org.homeward.reconstruction.Facilities;
import org.homeward.reconstruction.FacilityBatch;
import org.homeward.reconstruction.FacilityField;
import org.homeward.reconstruction.FacilityHistory;
import org.homeward.reconstruction.FacilityRowInput;
import org.homeward.reconstruction.FacilityStatus;
import org.homeward.reconstruction.FacilityType;
import org.homeward.sources.Source;
import org.homeward.sources.Sources;
import org.homeward.web.FormErrors;
import org.homeward.ledger.LostRace;
import org.homeward.web.ProblemException;
import org.homeward.web.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Facilities for the people who follow reconstruction: a filtered list, a facility's history, a status change. */
@WebPage
class FacilityPages {

	static final int PAGE_SIZE = 50;

	private final Facilities facilities;
	private final Sources sources;
	private final Places places;

	FacilityPages(Facilities facilities, Sources sources, Places places) {
		this.facilities = facilities;
		this.sources = sources;
		this.places = places;
	}

	@GetMapping("/facilities")
	String list(@RequestParam(required = false) String source, @RequestParam(required = false) String type,
			@RequestParam(required = false) String status, @RequestParam(required = false) String governorate,
			@RequestParam(defaultValue = "0") int offset, Model model) {
		Source chosen = source == null || source.isBlank() ? sources.primary() : sources.require(source);
		String typeCode = blank(type) ? null : type.strip().toLowerCase(Locale.ROOT);
		if (typeCode != null && facilities.types().stream().noneMatch(t -> t.code().equals(typeCode))) {
			throw ProblemException.invalid("type", type, "is not a registered facility type.");
		}
		FacilityStatus only = blank(status) ? null : FacilityStatus.parse(status)
			.orElseThrow(() -> ProblemException.invalid("status", status, "must be damaged, works_under_way or in_operation."));
		String adm1 = blank(governorate) ? null : governorate.strip().toUpperCase(Locale.ROOT);
		Facilities.Page page = facilities.list(chosen.code(), typeCode, only, adm1, Math.max(0, offset), PAGE_SIZE);
		String language = FormErrors.language();
		model.addAttribute("facilities", page.facilities().stream().map(f -> new Row(f.source(), f.code(), f.name(),
				typeName(f.type(), language), places.label(f.settlement(), language),
				places.label(f.governorate(), language),
				f.status() == null ? null : f.status().apiName(), f.statusOn())).toList());
		model.addAttribute("more", page.more());
		model.addAttribute("offset", Math.max(0, offset));
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("source", chosen.code());
		model.addAttribute("type", typeCode == null ? "" : typeCode);
		model.addAttribute("status", only == null ? "" : only.apiName());
		model.addAttribute("governorate", adm1 == null ? "" : adm1);
		common(model, language);
		return "reconstruction/list";
	}

	@GetMapping("/facilities/{source}/{code}")
	String facility(@PathVariable String source, @PathVariable String code, Model model) {
		return page(source, code, model, FormErrors.NONE);
	}

	@PostMapping("/facilities/{source}/{code}/events")
	ModelAndView changeStatus(@PathVariable String source, @PathVariable String code,
			@RequestParam(required = false) String status, @RequestParam(required = false) String date,
			@RequestParam(required = false) String reason, Model model) {
		FacilityHistory facility = facilities.history(RecordKey.of(source, code));
		Map<FacilityField, String> values = new EnumMap<>(FacilityField.class);
		values.put(FacilityField.EVENT_ID, "web-" + UUID.randomUUID());
		values.put(FacilityField.SOURCE, facility.source());
		values.put(FacilityField.FACILITY_CODE, facility.code());
		values.put(FacilityField.FACILITY_TYPE, facility.type());
		if (facility.name() != null) {
			values.put(FacilityField.FACILITY_NAME, facility.name());
		}
		// the settlement at its own level, with the coarser levels it lies in
		Place settlement = places.require(facility.settlement());
		FacilityField[] levels = { FacilityField.ADM1, FacilityField.ADM2, FacilityField.ADM3, FacilityField.ADM4 };
		for (Place place : places.ancestors(settlement)) {
			place.kind().adminLevel().filter(level -> level >= 1).ifPresent(level -> values.put(levels[level - 1], place.code()));
		}
		settlement.kind().adminLevel().ifPresent(level -> values.put(levels[level - 1], settlement.code()));
		if (status != null) {
			values.put(FacilityField.STATUS, status);
		}
		if (date != null) {
			values.put(FacilityField.DAY, date);
		}
		try {
			LostRace.runAgain(() -> facilities.record(new FacilityBatch(null, null, FacilityController.FIELDS, List.of(),
					List.of(new FacilityRowInput(0, values)).iterator(), () -> "", blank(reason) ? null : reason.strip())));
			return new ModelAndView("redirect:/facilities/" + facility.source() + "/"
					+ org.springframework.web.util.UriUtils.encodePathSegment(facility.code(),
							java.nio.charset.StandardCharsets.UTF_8) + "?changed");
		}
		catch (ProblemException refused) {
			return FormErrors.redisplay(refused, model, errors -> page(source, code, model, errors));
		}
	}

	private String page(String source, String code, Model model, FormErrors errors) {
		FacilityHistory facility = facilities.history(RecordKey.of(source, code));
		String language = FormErrors.language();
		model.addAttribute("facility", facility);
		model.addAttribute("typeName", typeName(facility.type(), language));
		model.addAttribute("settlement", places.label(facility.settlement(), language));
		model.addAttribute("governorateName", places.label(facility.governorate(), language));
		List<FacilityHistory.Event> newestFirst = new java.util.ArrayList<>(facility.events());
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("events", newestFirst);
		model.addAttribute("errors", errors);
		common(model, language);
		return "reconstruction/facility";
	}

	private void common(Model model, String language) {
		model.addAttribute("sources", sources.all());
		model.addAttribute("types", facilities.types().stream()
			.map(t -> Map.entry(t.code(), typeName(t.code(), language))).toList());
		model.addAttribute("statuses", List.of(FacilityStatus.values()).stream().map(FacilityStatus::apiName).toList());
		model.addAttribute("governorates", places.search(new Places.Filter(PlaceKind.GOVERNORATE, null, null, 0, 100))
			.places().stream().sorted(java.util.Comparator.comparing(Place::code))
			.map(p -> Map.entry(p.code(), p.names().in(language))).toList());
	}

	private String typeName(String code, String language) {
		return facilities.types().stream().filter(t -> t.code().equals(code)).findFirst().map(t -> name(t, language))
			.orElse(code);
	}

	private static String name(FacilityType type, String language) {
		return switch (language) {
			case "ar" -> type.nameAr();
			case "ru" -> type.nameRu();
			default -> type.nameEn();
		};
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** A facility as a row of the list, its names in the reader's language. */
	record Row(String source, String code, String name, String type, String settlement, String governorate,
			String status, java.time.LocalDate statusOn) {
	}
}
