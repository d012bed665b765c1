package org.homeward.statedfigures;

import java.util.Locale;

import org.homeward.geography.Places;
import org.homeward.returns.FigureLabels;
import org.homeward.returns.ReturnCategory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whom a stated figure counts, in words of a language ({@code @statedFigureLabels.what(...)}): "Refugee returnees
 * from Lebanon", "Returnees to Aleppo, through Nasib", the figures named as the sources page names its own.
 */
@Component("statedFigureLabels")
public class StatedFigureLabels {

	private final FigureLabels labels;
	private final Places places;
	private final MessageSource messages;

	StatedFigureLabels(FigureLabels labels, Places places, MessageSource messages) {
		this.labels = labels;
		this.places = places;
		this.messages = messages;
	}

	/** Whom the figure counts, in the page's language. */
	public String what(StatedFigure figure) {
		return what(figure, LocaleContextHolder.getLocale());
	}

	/** Whom the figure counts, in a language. */
	public String what(StatedFigure figure, Locale locale) {
		boolean toGovernorate = figure.adm1() != null;
		String what;
		if (figure.originCountry() != null) {
			what = labels.label("refugeeReturnees." + figure.originCountry(), locale);
		}
		else if (figure.category() == null && toGovernorate) {
			what = labels.label("total." + figure.adm1(), locale);
			toGovernorate = false;
		}
		else {
			what = labels.label(figure.category() == null ? "total"
					: figure.category() == ReturnCategory.IDP_RETURNEE ? "idpReturnees" : "refugeeReturnees", locale);
		}
		if (figure.entryPoint() != null) {
			what = messages.getMessage("stated.through", new Object[] { what, name(figure.entryPoint(), locale) },
					locale);
		}
		if (toGovernorate) {
			what = messages.getMessage("stated.to", new Object[] { what, name(figure.adm1(), locale) }, locale);
		}
		return what;
	}

	private String name(String code, Locale locale) {
		return places.find(code).map(place -> place.names().in(locale.getLanguage())).orElse(code);
	}
}
