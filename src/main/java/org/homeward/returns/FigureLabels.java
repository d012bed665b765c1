package org.homeward.returns;

import java.util.Locale;

import org.homeward.geography.Countries;
import org.homeward.geography.Places;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a returns figure is called where people read it ({@code @figureLabels.label(...)}), in the page's
 * language: {@code refugeeReturnees.JOR} is "Refugee returnees from Jordan", {@code total.SY02} "Returnees to
 * Aleppo", the places and countries named as geography names them. A name it does not know stays as it is.
 */
@Component("figureLabels")
public class FigureLabels {

	private final MessageSource messages;
	private final Places places;
	private final Countries countries;

	FigureLabels(MessageSource messages, Places places, Countries countries) {
		this.messages = messages;
		this.places = places;
		this.countries = countries;
	}

	/** The label of a figure named as {@link SourceComparison} names it, in the page's language. */
	public String label(String figure) {
		return label(figure, LocaleContextHolder.getLocale());
	}

	/** The label of a figure named as {@link SourceComparison} names it, in a language. */
	public String label(String figure, Locale locale) {
		int dot = figure.indexOf('.');
		if (dot < 0) {
			return messages.getMessage("figure." + figure, null, figure, locale);
		}
		String whole = figure.substring(0, dot);
		String part = figure.substring(dot + 1);
		return switch (whole) {
			case "refugeeReturnees" -> fromCountry(part, locale);
			case "total" -> messages.getMessage("figure.total.to", new Object[] { places.find(part)
				.map(place -> place.names().in(locale.getLanguage())).orElse(part) }, locale);
			default -> figure;
		};
	}

	/**
	 * Refugee returnees from a host country. After "from" Russian puts the country in the genitive («из Иордании»)
	 * and English gives some an article ("from the Netherlands"): the messages hold those forms for host countries
	 * ({@code country.from.*}); any other country stands in apposition, where its name need not change.
	 */
	private String fromCountry(String code, Locale locale) {
		String afterFrom = messages.getMessage("country.from." + code, null, null, locale);
		if (afterFrom != null) {
			return messages.getMessage("figure.refugeeReturnees.from", new Object[] { afterFrom }, locale);
		}
		String name = countries.find(code).map(country -> country.names().in(locale.getLanguage())).orElse(code);
		return messages.getMessage("figure.refugeeReturnees.fromCountry", new Object[] { name }, locale);
	}
}
