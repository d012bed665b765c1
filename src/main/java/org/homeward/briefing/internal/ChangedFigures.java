package org.homeward.briefing.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import org.homeward.briefing.Briefings;
import org.homeward.reconstruction.Facilities;
import org.homeward.reconstruction.FacilityType;
import org.homeward.returns.FigureLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The figures that changed since a briefing was issued, as its page shows them: each named as people read it,
 * then, now and the difference written as the briefing writes numbers in the reader's language.
 */
@Component
class ChangedFigures {

	private final FigureLabels labels;
	private final MessageSource messages;
	private final Facilities facilities;

	private static final String RETURNS = "returns.";
	private static final String BY_COUNTRY = "returns.refugeeReturneesByOriginCountry.";
	private static final String BY_GOVERNORATE = "returns.totalByGovernorate.";
	private static final String PUT_INTO_OPERATION = "reconstruction.putIntoOperationInPeriod.";
	private static final String WORKS_BY_TYPE = "reconstruction.worksUnderWay.byType.";
	private static final String SETTLEMENTS = "reconstruction.worksUnderWay.settlements";

	ChangedFigures(FigureLabels labels, MessageSource messages, Facilities facilities) {
		this.labels = labels;
		this.messages = messages;
		this.facilities = facilities;
	}

	/** One changed figure: its path for analysts, its label, and the three numbers as written. */
	record Line(String figure, String label, String then, String now, String difference) {
	}

	/** The changes, in the order given, for a reader of a language. */
	List<Line> lines(List<Briefings.FigureChange> changes, Locale locale) {
		String language = BriefingText.locale(locale.getLanguage()) == null ? "en" : locale.getLanguage();
		Phrases phrases = new Phrases(language);
		LocalizedNumberFormatter signed = NumberFormatter.withLocale(BriefingText.locale(language))
			.sign(NumberFormatter.SignDisplay.EXCEPT_ZERO);
		Map<String, FacilityType> byCode = facilities.types().stream()
			.collect(Collectors.toMap(FacilityType::code, Function.identity()));
		return changes.stream().map(change -> new Line(change.figure(), label(change.figure(), byCode, locale),
				phrases.number(change.issued()), phrases.number(change.now()),
				signed.format(change.now() - change.issued()).toString()))
			.toList();
	}

	/** A briefing's figure path ({@code returns.totalByGovernorate.SY02}, ...) as people read it; unknown, as it is. */
	String label(String path, Map<String, FacilityType> types, Locale locale) {
		if (path.startsWith(BY_COUNTRY)) {
			return labels.label("refugeeReturnees." + path.substring(BY_COUNTRY.length()), locale);
		}
		if (path.startsWith(BY_GOVERNORATE)) {
			return labels.label("total." + path.substring(BY_GOVERNORATE.length()), locale);
		}
		if (path.startsWith(RETURNS) && path.indexOf('.', RETURNS.length()) < 0) {
			return labels.label(path.substring(RETURNS.length()), locale);
		}
		if (path.startsWith(PUT_INTO_OPERATION)) {
			return facilityLabel("figure.putIntoOperation", path.substring(PUT_INTO_OPERATION.length()), types, locale);
		}
		if (path.startsWith(WORKS_BY_TYPE)) {
			return facilityLabel("figure.worksUnderWay", path.substring(WORKS_BY_TYPE.length()), types, locale);
		}
		return path.equals(SETTLEMENTS) ? messages.getMessage("figure.settlements", null, locale) : path;
	}

	private String facilityLabel(String message, String type, Map<String, FacilityType> types, Locale locale) {
		FacilityType known = types.get(type);
		String name = known == null ? type : known.name(locale.getLanguage());
		return messages.getMessage(message, new Object[] { name }, locale);
	}
}
