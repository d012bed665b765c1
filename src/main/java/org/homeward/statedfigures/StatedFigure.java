package org.homeward.statedfigures;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.homeward.returns.ReturnCategory;

/**
 * A headline figure as a source published it, in its current version: how many people came home as of a day,
 * over a period, and whom it counts. A scope left null counts all: both returnee types, every host country,
 * entry point and governorate.
 *
 * @param id the source's own id of the figure
 * @param url where the source published it; kept as text, never fetched
 */
public record StatedFigure(String id, LocalDate asOf, FigurePeriod period, ReturnCategory category,
		String originCountry, String entryPoint, String adm1, long persons, String url) {

	public StatedFigure {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(period, "period");
	}

	/**
	 * The host of the address where the figure was published, to show as its link ({@code data2.unhcr.org}); null
	 * when there is none or it is not an http or https address, which a page then shows as text if at all.
	 */
	public String linkHost() {
		if (url == null) {
			return null;
		}
		try {
			URI address = new URI(url.strip());
			String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && address.getHost() != null ? address.getHost()
					: null;
		}
		catch (URISyntaxException e) {
			return null;
		}
	}
}
