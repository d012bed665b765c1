package org.homeward.briefing.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TimeZone;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import org.homeward.briefing.BriefingFigures;
import org.homeward.briefing.BriefingSeries;
import org.homeward.geography.Countries;
import org.homeward.reconstruction.FacilityType;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.springframework.stereotype.Component;

/**
 * Draws a briefing's four charts as PNG images (at twice their size, for print): cumulative returns by category,
 * returns per week, returns from abroad by host country, and works under way by facility type. Text is set in the
 * fonts the PDF embeds, so Arabic is shaped and Cyrillic complete on any server.
 */
@Component
class BriefingCharts {

	static final int WIDTH = 520;
	static final int HEIGHT = 310;
	static final int MAX_BARS = 8;
	private static final Color DISPLACED = new Color(0x1F5A96);
	private static final Color FROM_ABROAD = new Color(0xC0561B);
	private static final Color FACILITIES = new Color(0x2A6F4E);

	private final Countries countries;
	private final Font regular = font("/fonts/DejaVuSans.ttf");
	private final Font bold = font("/fonts/DejaVuSans-Bold.ttf");

	BriefingCharts(Countries countries) {
		this.countries = countries;
	}

	/** A chart: its title, a sentence describing it for readers who cannot see it, and the image. */
	record Chart(String title, String description, byte[] png) {
	}

	List<Chart> draw(BriefingFigures figures, BriefingSeries series, String language, List<FacilityType> types) {
		DocumentLabels labels = new DocumentLabels(language);
		boolean rightToLeft = language.equals("ar");
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale(language));
		List<Chart> charts = new ArrayList<>();
		charts.add(cumulative(series, labels, numbers, language));
		charts.add(weekly(series, labels, numbers, language));
		DefaultCategoryDataset byCountry = new DefaultCategoryDataset();
		List<Map.Entry<String, Long>> hosts = figures.returns().refugeeReturneesByOriginCountry().entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
		// The largest host countries by name, the rest together: a long tail of bars cannot be read.
		hosts.stream().limit(hosts.size() > MAX_BARS ? MAX_BARS - 1 : MAX_BARS)
			.forEach(country -> byCountry.addValue(country.getValue(), "persons", countries.find(country.getKey())
				.map(found -> found.names().in(language)).orElse(country.getKey())));
		if (hosts.size() > MAX_BARS) {
			byCountry.addValue(hosts.stream().skip(MAX_BARS - 1).mapToLong(Map.Entry::getValue).sum(), "persons",
					labels.get("other"));
		}
		charts.add(bars(labels.get("chart.byCountry"), labels.get("axis.persons"), byCountry, FROM_ABROAD, numbers,
				rightToLeft));
		DefaultCategoryDataset works = new DefaultCategoryDataset();
		Map<String, Long> byType = figures.reconstruction().worksUnderWay().byType();
		types.stream().filter(type -> byType.getOrDefault(type.code(), 0L) > 0)
			.sorted(Comparator.comparing((FacilityType type) -> byType.get(type.code())).reversed())
			.forEach(type -> works.addValue(byType.get(type.code()), "facilities", type.name(language)));
		charts.add(bars(labels.get("chart.works"), labels.get("axis.facilities"), works, FACILITIES, numbers,
				rightToLeft));
		return charts;
	}

	private Chart cumulative(BriefingSeries series, DocumentLabels labels, NumberFormat numbers, String language) {
		XYSeries displaced = new XYSeries(labels.get("series.idp"), true, false);
		XYSeries abroad = new XYSeries(labels.get("series.refugees"), true, false);
		// A stacked area needs both series on the same days: a day missing in one carries its last total forward.
		TreeSet<LocalDate> days = new TreeSet<>(series.cumulativeIdpReturnees().keySet());
		days.addAll(series.cumulativeRefugeeReturnees().keySet());
		for (LocalDate day : days) {
			long x = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
			displaced.add(x, carried(series.cumulativeIdpReturnees(), day));
			abroad.add(x, carried(series.cumulativeRefugeeReturnees(), day));
		}
		DefaultTableXYDataset dataset = new DefaultTableXYDataset();
		dataset.addSeries(displaced);
		dataset.addSeries(abroad);
		JFreeChart chart = ChartFactory.createStackedXYAreaChart(labels.get("chart.cumulative"), null,
				labels.get("axis.persons"), dataset, PlotOrientation.VERTICAL, true, false, false);
		theme().apply(chart);
		XYPlot plot = chart.getXYPlot();
		DateAxis time = new DateAxis();
		SimpleDateFormat months = new SimpleDateFormat("MMM yyyy", locale(language));
		months.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
		time.setDateFormatOverride(months);
		plot.setDomainAxis(time);
		StackedXYAreaRenderer2 areas = new StackedXYAreaRenderer2();
		areas.setSeriesPaint(0, DISPLACED);
		areas.setSeriesPaint(1, FROM_ABROAD);
		plot.setRenderer(areas);
		styleRange((NumberAxis) plot.getRangeAxis(), numbers);
		return render(chart, labels.get("chart.cumulative"), labels.get("chart.cumulative.description"));
	}

	private static long carried(SortedMap<LocalDate, Long> running, LocalDate day) {
		SortedMap<LocalDate, Long> upTo = running.headMap(day.plusDays(1));
		return upTo.isEmpty() ? 0 : upTo.get(upTo.lastKey());
	}

	private Chart weekly(BriefingSeries series, DocumentLabels labels, NumberFormat numbers, String language) {
		DateTimeFormatter weekEnding = DateTimeFormatter.ofPattern("d MMM", locale(language));
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		series.weeklyIdpReturnees().forEach((end, persons) -> dataset.addValue(persons, labels.get("series.idp"),
				weekEnding.format(end)));
		series.weeklyRefugeeReturnees().forEach((end, persons) -> dataset.addValue(persons,
				labels.get("series.refugees"), weekEnding.format(end)));
		JFreeChart chart = ChartFactory.createStackedBarChart(labels.get("chart.weekly"), null,
				labels.get("axis.persons"), dataset, PlotOrientation.VERTICAL, true, false, false);
		theme().apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		BarRenderer bars = (BarRenderer) plot.getRenderer();
		bars.setSeriesPaint(0, DISPLACED);
		bars.setSeriesPaint(1, FROM_ABROAD);
		styleBars(bars);
		styleRange((NumberAxis) plot.getRangeAxis(), numbers);
		return render(chart, labels.get("chart.weekly"), labels.get("chart.weekly.description"));
	}

	private Chart bars(String title, String axis, DefaultCategoryDataset dataset, Color colour, NumberFormat numbers,
			boolean rightToLeft) {
		JFreeChart chart = ChartFactory.createBarChart(title, null, axis, dataset, PlotOrientation.HORIZONTAL, false,
				false, false);
		theme().apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer bars = (BarRenderer) plot.getRenderer();
		bars.setSeriesPaint(0, colour);
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers));
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(regular.deriveFont(11f));
		bars.setMaximumBarWidth(0.12);
		styleBars(bars);
		NumberAxis range = (NumberAxis) plot.getRangeAxis();
		styleRange(range, numbers);
		range.setUpperMargin(0.15);
		if (rightToLeft) {
			// Read from the right: names on the right, bars growing leftwards.
			plot.setDomainAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
			range.setInverted(true);
		}
		return render(chart, title, title);
	}

	private static void styleBars(BarRenderer bars) {
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setDrawBarOutline(false);
	}

	private static void styleRange(NumberAxis range, NumberFormat numbers) {
		range.setNumberFormatOverride(numbers);
		range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
	}

	private Chart render(JFreeChart chart, String title, String description) {
		chart.setTextAntiAlias(true);
		chart.setAntiAlias(true);
		if (chart.getPlot() instanceof CategoryPlot plot) {
			plot.setRangeGridlineStroke(new BasicStroke(0.6f));
		}
		BufferedImage image = chart.createBufferedImage(WIDTH * 2, HEIGHT * 2, WIDTH, HEIGHT, null);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Chart(title, description, png.toByteArray());
	}

	private StandardChartTheme theme() {
		StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
		theme.setExtraLargeFont(bold.deriveFont(17f));
		theme.setLargeFont(bold.deriveFont(13f));
		theme.setRegularFont(regular.deriveFont(12f));
		theme.setSmallFont(regular.deriveFont(10.5f));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setPlotOutlinePaint(Color.WHITE);
		theme.setLegendBackgroundPaint(Color.WHITE);
		theme.setDomainGridlinePaint(new Color(0xDDDDDD));
		theme.setRangeGridlinePaint(new Color(0xCCCCCC));
		theme.setAxisLabelPaint(new Color(0x333333));
		theme.setTickLabelPaint(new Color(0x333333));
		theme.setItemLabelPaint(new Color(0x222222));
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		return theme;
	}

	/** The language's locale for figures on axes; Syria's Arabic writes Arabic-Indic digits. */
	static Locale locale(String language) {
		return switch (language) {
			case "ar" -> Locale.forLanguageTag("ar-SY-u-nu-arab");
			case "ru" -> Locale.forLanguageTag("ru");
			default -> Locale.UK;
		};
	}

	private static Font font(String resource) {
		try (InputStream in = BriefingCharts.class.getResourceAsStream(resource)) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException e) {
			throw new IllegalStateException("cannot load the font " + resource, e);
		}
	}
}
