package org.homeward.registrations.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.access.Scope;
import org.homeward.access.Scopes;
import org.homeward.geography.Countries;
import org.homeward.geography.HomeCountry;
import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.ledger.ImportSummary;
import org.homeward.sources.Sources;
import org.homeward.web.FormErrors;
import org.homeward.web.InputError;
import org.homeward.web.ProblemException;
import org.homeward.web.WebPage;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A family registered at the crossing in one form, as the data officer has them in front of them: what the
 * household shares once (where from, where to, which day), then the head and each member on a line. Places and
 * countries are chosen by name, in the reader's language, among those of the officer's area; the household's number
 * is offered, so that sending the form twice records it once.
 */
@WebPage
class HouseholdPages {

	/** Lines of members a form offers; the lines left empty are not members. */
	static final int MEMBER_LINES = 10;

	static final List<String> RELATIONSHIPS = List.of("spouse", "child", "parent", "sibling", "grandchild", "other");

	private static final List<String> MEMBER_FIELDS = List.of("given", "father", "grandfather", "family", "mother",
			"sex", "birth", "nationalId", "relationship");

	private final HouseholdRegistration households;
	private final Sources sources;
	private final Places places;
	private final Countries countries;
	private final HomeCountry homeCountry;
	private final Scopes scopes;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	HouseholdPages(HouseholdRegistration households, Sources sources, Places places, Countries countries,
			HomeCountry homeCountry, Scopes scopes, Clock clock) {
		this.households = households;
		this.sources = sources;
		this.places = places;
		this.countries = countries;
		this.homeCountry = homeCountry;
		this.scopes = scopes;
		this.clock = clock;
	}

	@GetMapping("/registrations/new")
	String newHousehold(Model model) {
		Scope scope = scopes.current();
		String source = scope.sourceCode() != null ? scope.sourceCode() : sources.primary().code();
		Map<String, String> form = new HashMap<>();
		form.put("source", source);
		form.put("household", newHouseholdNumber());
		form.put("registered", LocalDate.now(clock).toString());
		List<Map<String, String>> members = new ArrayList<>();
		for (int line = 0; line < MEMBER_LINES; line++) {
			members.add(Map.of());
		}
		return form(model, form, members, FormErrors.NONE);
	}

	@PostMapping("/registrations/households")
	ModelAndView register(@RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Map<String, String> form = new HashMap<>();
		for (String field : List.of("source", "household", "category", "returned", "registered", "adm1", "adm2",
				"originCountry", "entryPoint", "reason")) {
			form.put(field, params.getFirst(field));
		}
		List<Map<String, String>> lines = lines(params);
		List<HouseholdRegistration.Member> members = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Map<String, String> line = lines.get(i);
			if (isEmpty(line)) {
				continue;
			}
			// the member's registration id: the household's number and the member's place in it
			members.add(new HouseholdRegistration.Member(form.get("household") + "-" + (members.size() + 1),
					members.isEmpty() ? "head" : line.get("relationship"), line.get("given"), line.get("father"),
					line.get("grandfather"), line.get("family"), line.get("mother"), line.get("sex"), line.get("birth"),
					line.get("nationalId")));
		}
		try {
			ImportSummary summary = households.register(new HouseholdRegistration.Household(form.get("source"),
					form.get("household"), form.get("category"), form.get("returned"), form.get("registered"),
					form.get("adm1"), form.get("adm2"), null, null, form.get("originCountry"), form.get("entryPoint"),
					members, form.get("reason")));
			redirect.addFlashAttribute("registered", List.of(form.get("household"), members.size(),
					summary.created() + summary.superseded()));
			return new ModelAndView("redirect:/registrations/new");
		}
		catch (ProblemException refused) {
			List<Map<String, String>> shown = new ArrayList<>(lines.stream().filter(line -> !isEmpty(line)).toList());
			while (shown.size() < MEMBER_LINES) {
				shown.add(Map.of());
			}
			return FormErrors.redisplay(refused, model, errors -> form(model, form, shown, errors));
		}
	}

	/** The member lines as sent: the form sends every field of every line, in order. */
	private static List<Map<String, String>> lines(MultiValueMap<String, String> params) {
		List<Map<String, String>> lines = new ArrayList<>();
		int count = params.getOrDefault("given", List.of()).size();
		for (int i = 0; i < Math.min(count, 100); i++) {
			Map<String, String> line = new HashMap<>();
			for (String field : MEMBER_FIELDS) {
				List<String> values = params.getOrDefault(field, List.of());
				line.put(field, i < values.size() ? values.get(i) : null);
			}
			lines.add(line);
		}
		return lines;
	}

	private static boolean isEmpty(Map<String, String> line) {
		return MEMBER_FIELDS.stream().filter(field -> !field.equals("relationship") && !field.equals("sex"))
			.allMatch(field -> line.get(field) == null || line.get(field).isBlank());
	}

	private String form(Model model, Map<String, String> form, List<Map<String, String>> members, FormErrors errors) {
		String language = FormErrors.language();
		Scope scope = scopes.current();
		model.addAttribute("form", form);
		model.addAttribute("members", members);
		model.addAttribute("errors", errors);
		// a member's problem under their line: the problem's row is the member's number among those sent
		Map<String, String> byMember = new HashMap<>();
		for (InputError error : errors.all()) {
			if (error.row() != null && error.column() != null) {
				byMember.merge(error.row() + ":" + error.column(), error.message(), (a, b) -> a + " " + b);
			}
		}
		model.addAttribute("memberErrors", byMember);
		model.addAttribute("sources", scope.sourceCode() == null ? sources.all()
				: sources.all().stream().filter(s -> s.code().equals(scope.sourceCode())).toList());
		List<Place> governorates = scope.inReach(all(PlaceKind.GOVERNORATE, null), false);
		Map<String, List<Map.Entry<String, String>>> districts = new LinkedHashMap<>();
		for (Place governorate : governorates) {
			districts.put(governorate.names().in(language),
					labels(scope.inReach(all(PlaceKind.DISTRICT, governorate), false), language));
		}
		model.addAttribute("governorates", labels(governorates, language));
		model.addAttribute("districts", districts);
		model.addAttribute("entryPoints", labels(scope.inReach(all(PlaceKind.ENTRY_POINT, null), true), language));
		model.addAttribute("hostCountries", countries.all().stream()
			.filter(country -> !country.code().equals(homeCountry.code()))
			.map(country -> Map.entry(country.code(), country.names().in(language)))
			.sorted(Map.Entry.comparingByValue()).toList());
		model.addAttribute("relationships", RELATIONSHIPS);
		model.addAttribute("area", scope.limitsPlaces()
				? scope.places().stream().map(p -> p.names().in(language)).toList()
				: null);
		return "registrations/new";
	}

	private List<Place> all(PlaceKind kind, Place within) {
		return places.search(new Places.Filter(kind, within, null, 0, Places.Filter.MAX_LIMIT)).places();
	}

	private List<Map.Entry<String, String>> labels(List<Place> list, String language) {
		// names alone: a data officer knows the places by name, the codes travel in the values
		return list.stream().map(place -> Map.entry(place.code(), place.names().in(language)))
			.sorted(Comparator.comparing(Map.Entry::getValue)).toList();
	}

	/** A number for a household the officer's register has not numbered: the day and a random part. */
	private String newHouseholdNumber() {
		return "HH-" + LocalDate.now(clock).toString().replace("-", "") + "-"
				+ Integer.toString(100_000 + random.nextInt(900_000), 36).toUpperCase(java.util.Locale.ROOT);
	}
}
