package org.homeward.briefing.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import com.ibm.icu.util.ULocale;
import org.homeward.approval.ApprovalState;
import org.homeward.briefing.BriefingFigures;
import org.homeward.geography.Countries;
import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.reconstruction.FacilityType;
import org.homeward.situation.SituationItems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the briefing's narrative in one language from its figures, with the message templates of
 * {@code i18n/briefing_*.properties}: returns, reconstruction, then the situation. A sentence whose figure is zero
 * or missing is left out. Titles of legal acts and actions are recorded in one language, English: the English text
 * quotes them, and the Russian and Arabic texts name an act or an action by its kind, number, members and dates,
 * which need no translation.
 */
@Component
public class BriefingText {

	private final Places places;
	private final Countries countries;
	private final MessageSource messages;

	BriefingText(Places places, Countries countries, MessageSource messages) {
		this.places = places;
		this.countries = countries;
		this.messages = messages;
	}

	/** The languages a briefing is written in. */
	public static final List<String> LANGUAGES = List.of("en", "ru", "ar");

	/** British English (lists without a serial comma, as the headquarters writes), Russian, and Syria's Arabic, whose
	 * numbers take Arabic-Indic digits. */
	private static final Map<String, ULocale> LOCALES = Map.of("en", ULocale.UK, "ru", new ULocale("ru"), "ar",
			new ULocale("ar_SY"));

	/** The ICU locale a language's briefing is written in; null for a language Homeward does not write. */
	static ULocale locale(String language) {
		return LOCALES.get(language);
	}

	/** The text starting with a capital where the language has them: "A school and ...", "Школы". */
	static String capitalised(String text, ULocale locale) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale.toLocale()) + text.substring(1);
	}

	/** The text of a briefing in {@code language} (en, ru or ar), the facility types in briefing order. */
	public String write(BriefingFigures figures, int days, String language, List<FacilityType> types) {
		ULocale locale = LOCALES.get(language);
		ResourceBundle templates = ResourceBundle.getBundle("i18n/briefing", Locale.forLanguageTag(language),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		Phrases phrases = new Phrases(language);
		Map<String, Object> args = new HashMap<>();
		args.put("asOf", date(figures.asOf(), locale));
		args.put("days", days);
		List<String> sentences = new ArrayList<>();
		BriefingFigures.Returns returns = figures.returns();
		sentence(sentences, templates, locale, "returns.total", returns.total(), args, "total");
		sentence(sentences, templates, locale, "returns.idp", returns.idpReturnees(), args, "idp");
		sentence(sentences, templates, locale, "returns.refugees", returns.refugeeReturnees(), args, "refugees");
		sentence(sentences, templates, locale, "returns.period", returns.inPeriod(), args, "inPeriod");
		if (!returns.mainHostCountries().isEmpty()) {
			sentences.add(hostCountries(returns.mainHostCountries(), templates, locale, language, phrases, args));
		}
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(String.join(" ", sentences));

		sentences = new ArrayList<>();
		List<String> operated = counted(types, figures.reconstruction().putIntoOperationInPeriod(), language, phrases,
				"nominative");
		if (!operated.isEmpty()) {
			args.put("list", phrases.list(operated));
			args.put("items", figures.reconstruction().putIntoOperationInPeriod().values().stream()
				.mapToLong(Long::longValue).sum());
			sentences.add(format(templates, locale, "reconstruction.operation", args));
		}
		BriefingFigures.WorksUnderWay works = figures.reconstruction().worksUnderWay();
		List<String> continuing = counted(types, works.byType(), language, phrases, "genitive");
		if (!continuing.isEmpty()) {
			args.put("list", phrases.list(continuing));
			args.put("settlements", works.settlements());
			sentences.add(format(templates, locale, "reconstruction.works", args));
		}
		paragraphs.add(String.join(" ", sentences));
		paragraphs.add(String.join(" ", situation(figures.situation(), figures.asOf(), templates, locale, language,
				phrases)));
		paragraphs.add(approval(figures.approval(), templates, locale, language, phrases));
		return String.join("\n\n", paragraphs.stream().filter(paragraph -> !paragraph.isBlank()).toList());
	}

	/**
	 * Whether the figures are approved, and for a part, the areas approved in the language's own names; nothing for
	 * figures that never carried their approval.
	 */
	private String approval(ApprovalState approval, ResourceBundle templates, ULocale locale, String language,
			Phrases phrases) {
		if (approval == null) {
			return "";
		}
		List<String> areas = approval.approvals().stream().map(ApprovalState.Published::area).distinct()
			.map(code -> places.find(code).map(place -> place.names().in(language)).orElse(code)).toList();
		return format(templates, locale, "approval." + approval.state(), Map.of("areas", phrases.list(areas)));
	}

	/**
	 * Where most of the period's refugee returnees came from: "from Lebanon, Jordan and Turkey", each country as the
	 * language writes it after "from" ({@code country.from.*}: «из Ливана», "from the Netherlands"). A language whose
	 * names change after "from" and lacks the form of one of them lists them by name ({@code .byName}). Fewer
	 * than {@value BriefingFigures#MAIN_HOST_COUNTRIES} are all the host countries of the period.
	 */
	private String hostCountries(List<String> codes, ResourceBundle templates, ULocale locale, String language,
			Phrases phrases, Map<String, Object> args) {
		List<String> afterFrom = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (String code : codes) {
			String name = countries.find(code).map(country -> country.names().in(language)).orElse(code);
			names.add(name);
			afterFrom.add(messages.getMessage("country.from." + code, null, null, locale.toLocale()));
		}
		boolean byName = afterFrom.contains(null) && templates.containsKey("returns.hostCountries.byName");
		List<String> hosts = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			hosts.add(byName || afterFrom.get(i) == null ? names.get(i) : afterFrom.get(i));
		}
		Map<String, Object> host = new HashMap<>(args);
		host.put("hosts", phrases.list(hosts));
		host.put("hostCount", hosts.size());
		return format(templates, locale, byName ? "returns.hostCountries.byName" : "returns.hostCountries", host);
	}

	/**
	 * Legal acts signed, camps without full access, and coordination actions still open. The signatory of an act
	 * follows from its kind as the country's law has it: the President issues decrees, amnesties and laws.
	 */
	private List<String> situation(BriefingFigures.SituationBlock situation, LocalDate asOf, ResourceBundle templates,
			ULocale locale, String language, Phrases phrases) {
		List<String> sentences = new ArrayList<>();
		for (SituationItems.LegalAct act : situation.legalActs()) {
			sentences.add(format(templates, locale, "situation.legalAct", Map.of("signedOn", date(act.signedOn(), locale),
					"kind", act.kind().apiName(), "title", act.title(),
					"number", act.number() == null || act.number().isBlank() ? "none" : phrases.digits(act.number()))));
		}
		for (SituationItems.CampSituation camp : situation.camps()) {
			if (camp.access() != null && camp.access().status() != SituationItems.Access.GRANTED) {
				Optional<Place> place = places.find(camp.camp());
				String name = place.map(found -> found.names().in(language)).orElse(camp.camp());
				String governorate = place.flatMap(found -> places.find(found.parentCode()))
					.filter(parent -> parent.kind() == PlaceKind.GOVERNORATE)
					.map(parent -> parent.names().in(language)).orElse("none");
				sentences.add(format(templates, locale, "situation.camp", Map.of("camp", name, "status",
						camp.access().status().apiName(), "governorate", governorate)));
			}
		}
		for (SituationItems.CoordinationAction action : situation.coordinationActions()) {
			sentences.add(format(templates, locale, "situation.action", action(action, asOf, phrases)));
		}
		return sentences;
	}

	/**
	 * What a sentence says of an action: its kind and status, a working group's members, and, for anything else
	 * planned or in preparation, when it is expected ("by the end of the year" for a day later in the briefing's
	 * year, the year for a later one).
	 */
	private static Map<String, Object> action(SituationItems.CoordinationAction action, LocalDate asOf,
			Phrases phrases) {
		boolean workingGroup = action.kind() == SituationItems.ActionKind.WORKING_GROUP;
		List<String> members = workingGroup && action.participants() != null ? action.participants() : List.of();
		LocalDate planned = action.plannedOn();
		boolean expected = !workingGroup && planned != null && !planned.isBefore(asOf)
				&& action.status() != SituationItems.ActionStatus.UNDER_WAY;
		Map<String, Object> args = new HashMap<>();
		args.put("title", action.title());
		args.put("kind", action.kind().apiName());
		args.put("status", action.status().apiName());
		args.put("memberCount", members.size());
		args.put("members", phrases.list(members));
		args.put("expected", !expected ? "none" : planned.getYear() == asOf.getYear() ? "yearEnd" : "year");
		args.put("year", planned == null ? "" : phrases.digits(Integer.toString(planned.getYear())));
		return args;
	}

	private static void sentence(List<String> sentences, ResourceBundle templates, ULocale locale, String key,
			long value, Map<String, Object> args, String name) {
		if (value > 0) {
			args.put(name, value);
			sentences.add(format(templates, locale, key, args));
		}
	}

	/**
	 * "167 residential buildings", "a school", ... for the types with a count, in briefing order, in a grammatical
	 * case: the works go on «по восстановлению 180 школ», «إعادة إعمار مدرستين».
	 */
	private static List<String> counted(List<FacilityType> types, Map<String, Long> counts, String language,
			Phrases phrases, String grammaticalCase) {
		List<String> counted = new ArrayList<>();
		for (FacilityType type : types) {
			long count = counts.getOrDefault(type.code(), 0L);
			if (count > 0) {
				String forms = type.forms(language);
				counted.add(forms == null ? phrases.number(count) + " " + type.name(language) : phrases.count(forms, count,
						grammaticalCase));
			}
		}
		return counted;
	}

	/** A sentence from its template, starting with a capital where the language has them ("A school and ..."). */
	private static String format(ResourceBundle templates, ULocale locale, String key, Map<String, Object> args) {
		return capitalised(IcuFormats.message(templates.getString(key), locale).format(args), locale);
	}

	static String date(LocalDate day, ULocale locale) {
		return IcuFormats.longDate(locale).format(Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC)));
	}
}
