package org.homeward.briefing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.homeward.briefing.BriefingFigures;
import org.homeward.briefing.BriefingSeries;
import org.homeward.briefing.Briefings;
import org.homeward.briefing.IssuedBriefing;
import org.homeward.geography.Countries;
import org.homeward.geography.HomeCountry;
import org.homeward.geography.Places;
import org.homeward.reconstruction.Facilities;
import org.homeward.reconstruction.FacilityType;
import org.homeward.sources.Sources;
import org.homeward.statedfigures.QuotedFigure;
import org.homeward.statedfigures.StatedFigure;
import org.homeward.statedfigures.StatedFigureLabels;
import org.homeward.statedfigures.StatedFigureQuotes;
import org.homeward.ledger.FreeText;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a briefing as a document a person reads: an HTML page (print-friendly) and a PDF rendered from the same
 * XHTML, with the text, the figures, four charts and where the figures come from. Arabic documents run right to
 * left; the PDF embeds its fonts and shapes Arabic through ICU.
 */
@Component
public class BriefingDocuments {

	private static final String FONT_FAMILY = "DejaVu Sans";

	private final Briefings briefings;
	private final Sources sources;
	private final Facilities facilities;
	private final ObjectMapper json;
	private final ITemplateEngine templates;
	private final BriefingCharts charts;
	private final Places places;
	private final Countries countries;
	private final HomeCountry homeCountry;
	private final StatedFigureQuotes quotes;
	private final StatedFigureLabels statedLabels;
	private final String stylesheet;
	private final String browserStylesheet;

	BriefingDocuments(Briefings briefings, Sources sources, Facilities facilities, ObjectMapper json,
			ITemplateEngine templates, BriefingCharts charts, Places places, Countries countries,
			HomeCountry homeCountry, StatedFigureQuotes quotes, StatedFigureLabels statedLabels) {
		this.quotes = quotes;
		this.statedLabels = statedLabels;
		this.briefings = briefings;
		this.sources = sources;
		this.facilities = facilities;
		this.json = json;
		this.templates = templates;
		this.charts = charts;
		this.places = places;
		this.countries = countries;
		this.homeCountry = homeCountry;
		this.stylesheet = resource("/static/css/briefing.css");
		this.browserStylesheet = resource("/static/css/briefing-browser.css");
		PdfRendererLog.install();
	}

	/**
	 * What a document shows: the figures with their text in {@code language}, the series of its charts, the name
	 * of its source, and the issue it belongs to (null for a briefing computed on request).
	 */
	public record Briefing(BriefingFigures figures, int days, BriefingSeries series, String language, String sourceName,
			IssuedBriefing issued, List<FacilityType> types) {
	}

	/** The briefing of a day as known at an instant (null: now), in a language. */
	public Briefing current(LocalDate asOf, int days, String source, Instant knownAt, String language) {
		BriefingFigures figures = briefings.briefing(asOf, days, source, knownAt, language);
		return new Briefing(figures, days, briefings.series(asOf, source, figures.knownAt()), language,
				sources.require(source).name(), null, facilities.types());
	}

	/**
	 * An issued briefing: its frozen figures and text, with charts drawn from the records as they were known when
	 * it was issued, which later corrections do not change.
	 */
	public Briefing issued(long id, String language) {
		IssuedBriefing issued = briefings.issuedBriefing(id);
		BriefingFigures figures = json.readValue(briefings.issuedDocument(id, language), BriefingFigures.class);
		return new Briefing(figures, issued.days(), briefings.series(issued.asOf(), issued.source(), issued.knownAt()),
				language, sources.require(issued.source()).name(), issued, facilities.types());
	}

	/**
	 * The HTML page. {@code standalone} inlines the stylesheet, for a file read away from the server; the page the
	 * server answers links it instead, as its content security policy forbids inline styles.
	 */
	public String html(Briefing briefing, boolean standalone) {
		return FreeText.forXml(templates.process("briefing/document", context(briefing, standalone
				? stylesheet + "\n" + browserStylesheet : null)));
	}

	/** The PDF: A4, fonts embedded, Arabic shaped and right to left. */
	public byte[] pdf(Briefing briefing) {
		// Text stored before control characters were refused at entry must not keep the XHTML from parsing.
		String xhtml = FreeText.forXml(templates.process("briefing/document", context(briefing, stylesheet)));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(xhtml, null);
		builder.useFont(() -> stream("/fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> stream("/fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.defaultTextDirection(briefing.language().equals("ar") ? TextDirection.RTL : TextDirection.LTR);
		builder.withProducer("Homeward");
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return pdf.toByteArray();
	}

	/** What the document template shows, for a page that embeds the document's content. */
	public Map<String, Object> model(Briefing briefing) {
		return model(briefing, null);
	}

	private Context context(Briefing briefing, String css) {
		return new Context(Locale.forLanguageTag(briefing.language()), model(briefing, css));
	}

	private Map<String, Object> model(Briefing briefing, String css) {
		String language = briefing.language();
		BriefingFigures figures = briefing.figures();
		DocumentLabels labels = new DocumentLabels(language);
		Phrases phrases = new Phrases(language);
		ULocale locale = BriefingText.locale(language);
		Map<String, Object> model = new HashMap<>();
		model.put("lang", language);
		model.put("dir", language.equals("ar") ? "rtl" : "ltr");
		model.put("css", css);
		model.put("heading", labels.get("heading", BriefingText.date(figures.asOf(), locale)));
		model.put("sourceLine", labels.get("source", briefing.sourceName(), figures.source()));
		model.put("periodLine", labels.get("period", BriefingText.date(figures.periodStart(), locale),
				BriefingText.date(figures.asOf(), locale)));
		model.put("knownAtLine", labels.get("knownAt", moment(figures.knownAt(), locale)));
		IssuedBriefing issued = briefing.issued();
		model.put("issued", issued != null);
		model.put("statusLine", issued == null ? labels.get("draft")
				: labels.get("issued", moment(issued.issuedAt(), locale)));
		String approval = figures.approval() == null ? null : figures.approval().state();
		model.put("approval", approval);
		model.put("approvalLine", approval == null ? null : labels.get("approval." + approval));
		model.put("paragraphs", figures.text() == null ? List.of() : List.of(figures.text().split("\n\n")));

		BriefingFigures.Returns returns = figures.returns();
		model.put("keyFigures", List.of(new Row(labels.get("figure.total"), phrases.number(returns.total())),
				new Row(labels.get("figure.idp"), phrases.number(returns.idpReturnees())),
				new Row(labels.get("figure.refugees"), phrases.number(returns.refugeeReturnees())),
				new Row(labels.get("figure.inPeriod"), phrases.number(returns.inPeriod()))));
		model.put("operated", byType(figures.reconstruction().putIntoOperationInPeriod(), briefing.types(), language,
				phrases));
		BriefingFigures.WorksUnderWay works = figures.reconstruction().worksUnderWay();
		List<Row> worksRows = new ArrayList<>(byType(works.byType(), briefing.types(), language, phrases));
		if (!worksRows.isEmpty()) {
			worksRows.add(new Row(labels.get("settlements"), phrases.number(works.settlements())));
		}
		model.put("works", worksRows);
		model.put("byCountry", sortedRows(returns.refugeeReturneesByOriginCountry(), code -> countries.find(code)
			.map(country -> country.names().in(language)).orElse(code), phrases));
		model.put("byGovernorate", sortedRows(returns.totalByGovernorate(), code -> places.find(code)
			.map(place -> place.names().in(language)).orElse(code), phrases));
		// other sources' figures as known when these were, so that an issued briefing quotes what it quoted then
		model.put("quoted", quotes.forBriefing(figures.source(), figures.asOf(), figures.knownAt()).stream()
			.map(quoted -> quote(quoted, labels, phrases, language, locale)).toList());
		List<ChartImage> images = charts.draw(figures, briefing.series(), language, briefing.types()).stream()
			.map(chart -> new ChartImage(chart.title(), chart.description(),
					"data:image/png;base64," + Base64.getEncoder().encodeToString(chart.png())))
			.toList();
		// Two charts to a row: table rows are where the PDF renderer breaks pages cleanly.
		List<List<ChartImage>> rows = new ArrayList<>();
		for (int i = 0; i < images.size(); i += 2) {
			rows.add(images.subList(i, Math.min(i + 2, images.size())));
		}
		model.put("chartRows", rows);
		model.put("provenanceText", labels.get("provenance.text", figures.source(), moment(figures.knownAt(), locale)));
		model.put("reproduce", reproduce(briefing));
		model.put("footer", "Homeward · " + figures.source() + " · " + BriefingText.date(figures.asOf(), locale));
		model.put("pageLabel", labels.get("page"));
		Map<String, String> words = new LinkedHashMap<>();
		for (String key : List.of("keyFigures", "putIntoOperation", "worksUnderWay", "byCountry", "byGovernorate",
				"provenance", "definitions", "none", "stated", "stated.help")) {
			words.put(key, labels.get(key));
		}
		model.put("labels", words);
		return model;
	}

	/** The request that answers the same figures again: the issued document, or the figures as known then. */
	private static String reproduce(Briefing briefing) {
		BriefingFigures figures = briefing.figures();
		if (briefing.issued() != null) {
			return "/api/v1/briefings/issued/" + briefing.issued().id() + "?lang=" + briefing.language();
		}
		return UriComponentsBuilder.fromPath("/api/v1/briefings")
			.queryParam("asOf", figures.asOf())
			.queryParam("days", briefing.days())
			.queryParam("source", figures.source())
			.queryParam("knownAt", figures.knownAt())
			.queryParam("lang", briefing.language())
			.build()
			.toUriString();
	}

	private static List<Row> byType(Map<String, Long> counts, List<FacilityType> types, String language,
			Phrases phrases) {
		return types.stream().filter(type -> counts.getOrDefault(type.code(), 0L) > 0)
			.map(type -> new Row(BriefingText.capitalised(type.name(language), BriefingText.locale(language)),
					phrases.number(counts.get(type.code()))))
			.toList();
	}

	private static List<Row> sortedRows(Map<String, Long> counts, java.util.function.Function<String, String> name,
			Phrases phrases) {
		return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.map(entry -> new Row(name.apply(entry.getKey()), phrases.number(entry.getValue())))
			.toList();
	}

	private String moment(Instant instant, ULocale locale) {
		DateFormat format = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.LONG, locale);
		format.setTimeZone(TimeZone.getTimeZone(homeCountry.timeZone().getId()));
		return format.format(Date.from(instant));
	}

	private Quote quote(QuotedFigure quoted, DocumentLabels labels, Phrases phrases, String language,
			ULocale locale) {
		StatedFigure figure = quoted.figure();
		String when = figure.period().isCumulative()
				? labels.get("stated.cumulative", BriefingText.date(figure.asOf(), locale))
				: labels.get("stated.days", BriefingText.date(figure.period().firstDay(figure.asOf()), locale),
						BriefingText.date(figure.asOf(), locale));
		return new Quote(quoted.source(), labels.get("stated.line", statedLabels.what(figure,
				Locale.forLanguageTag(language)), when), phrases.number(figure.persons()),
				figure.linkHost() == null ? null : figure.url(), figure.linkHost());
	}

	/**
	 * A figure another source stated, in the document's language: whose, whom it counts and when, how many, and
	 * where it was published ({@code url} null unless it is an http or https address).
	 */
	public record Quote(String source, String line, String persons, String url, String host) {
	}

	/** A label and its figure, written in the document's language. */
	public record Row(String label, String value) {
	}

	/** A chart as the page embeds it. */
	public record ChartImage(String title, String description, String dataUri) {
	}

	private static InputStream stream(String resource) {
		InputStream in = BriefingDocuments.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("missing resource " + resource);
		}
		return in;
	}

	private static String resource(String name) {
		try (InputStream in = stream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
