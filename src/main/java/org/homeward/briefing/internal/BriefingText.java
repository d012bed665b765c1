package org.homeward.briefing.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import com.ibm.icu.util.ULocale;
import org.homeward.approval.ApprovalState;
import org.homeward.briefing.BriefingFigures;
import org.homeward.geography.Places;
import org.homeward.reconstruction.FacilityType;
import org.homeward.situation.SituationItems;
import org.springframework.stereotype.Component;

/**
 * Writes the briefing's narrative in one language from its figures, with the message templates of
 * {@code i18n/briefing_*.properties}: returns, reconstruction, then the situation. A sentence whose figure is zero
 * or missing is left out. Titles of legal acts and actions are written as they were recorded.
 */
@Component
public class BriefingText {

	private final Places places;

	BriefingText(Places places) {
		this.places = places;
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
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(String.join(" ", sentences));

		sentences = new ArrayList<>();
		List<String> operated = counted(types, figures.reconstruction().putIntoOperationInPeriod(), language, phrases);
		if (!operated.isEmpty()) {
			args.put("list", phrases.list(operated));
			args.put("items", figures.reconstruction().putIntoOperationInPeriod().values().stream()
				.mapToLong(Long::longValue).sum());
			sentences.add(format(templates, locale, "reconstruction.operation", args));
		}
		BriefingFigures.WorksUnderWay works = figures.reconstruction().worksUnderWay();
		List<String> continuing = counted(types, works.byType(), language, phrases);
		if (!continuing.isEmpty()) {
			args.put("list", phrases.list(continuing));
			args.put("settlements", works.settlements());
			sentences.add(format(templates, locale, "reconstruction.works", args));
		}
		paragraphs.add(String.join(" ", sentences));
		paragraphs.add(String.join(" ", situation(figures.situation(), templates, locale, language)));
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

	/** Legal acts signed, camps without full access, and coordination actions still open. */
	private List<String> situation(BriefingFigures.SituationBlock situation, ResourceBundle templates, ULocale locale,
			String language) {
		List<String> sentences = new ArrayList<>();
		for (SituationItems.LegalAct act : situation.legalActs()) {
			sentences.add(format(templates, locale, "situation.legalAct", Map.of("signedOn", date(act.signedOn(), locale),
					"title", act.title(), "number", act.number() == null ? "none" : act.number())));
		}
		for (SituationItems.CampSituation camp : situation.camps()) {
			if (camp.access() != null && camp.access().status() != SituationItems.Access.GRANTED) {
				String name = places.find(camp.camp()).map(place -> place.names().in(language)).orElse(camp.camp());
				sentences.add(format(templates, locale, "situation.camp", Map.of("camp", name, "status",
						camp.access().status().apiName())));
			}
		}
		for (SituationItems.CoordinationAction action : situation.coordinationActions()) {
			sentences.add(format(templates, locale, "situation.action", Map.of("title", action.title(), "status",
					action.status().apiName())));
		}
		return sentences;
	}

	private static void sentence(List<String> sentences, ResourceBundle templates, ULocale locale, String key,
			long value, Map<String, Object> args, String name) {
		if (value > 0) {
			args.put(name, value);
			sentences.add(format(templates, locale, key, args));
		}
	}

	/** "167 residential buildings", "a school", ... for the types with a count, in briefing order. */
	private static List<String> counted(List<FacilityType> types, Map<String, Long> counts, String language,
			Phrases phrases) {
		List<String> counted = new ArrayList<>();
		for (FacilityType type : types) {
			long count = counts.getOrDefault(type.code(), 0L);
			if (count > 0) {
				String forms = type.forms(language);
				counted.add(forms == null ? phrases.number(count) + " " + type.name(language) : phrases.count(forms, count));
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
