package org.homeward.briefing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;

import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.springframework.stereotype.Component;

/**
 * Returns by governorate as circles at the governorates' centres, their area proportional to the people who came
 * home there. Homeward ships no boundary shapes (none under a licence it can redistribute), and a map must never
 * call a tile server, so the page draws these circles as SVG over the country's extent.
 */
@Component
class GovernorateMap {

	static final int WIDTH = 480;
	/** The largest circle's radius, in SVG units. */
	private static final double MAX_RADIUS = 34;
	/** One degree of longitude is shorter than one of latitude at the country's latitude (about 35°N). */
	private static final double LONGITUDE_SCALE = Math.cos(Math.toRadians(35));
	private static final double MARGIN = 0.6;

	private final Places places;

	GovernorateMap(Places places) {
		this.places = places;
	}

	record Circle(String code, String name, double x, double y, double radius, String persons, double labelY) {
	}

	record Drawing(int width, int height, List<Circle> circles) {
	}

	Drawing draw(Map<String, Long> byGovernorate, String language, java.util.function.LongFunction<String> number) {
		List<Place> governorates = places.search(new Places.Filter(PlaceKind.GOVERNORATE, null, null, 0, 100)).places()
			.stream().filter(p -> p.latitude() != null && p.longitude() != null).toList();
		if (governorates.isEmpty()) {
			return new Drawing(WIDTH, 0, List.of());
		}
		DoubleSummaryStatistics longitudes = governorates.stream().map(Place::longitude)
			.mapToDouble(BigDecimal::doubleValue).summaryStatistics();
		DoubleSummaryStatistics latitudes = governorates.stream().map(Place::latitude)
			.mapToDouble(BigDecimal::doubleValue).summaryStatistics();
		double minLon = longitudes.getMin() - MARGIN;
		double maxLon = longitudes.getMax() + MARGIN;
		double minLat = latitudes.getMin() - MARGIN;
		double maxLat = latitudes.getMax() + MARGIN;
		double scale = WIDTH / ((maxLon - minLon) * LONGITUDE_SCALE);
		int height = (int) Math.round((maxLat - minLat) * scale);
		long largest = byGovernorate.values().stream().mapToLong(Long::longValue).max().orElse(0);
		List<Circle> circles = new ArrayList<>();
		for (Place governorate : governorates) {
			long persons = byGovernorate.getOrDefault(governorate.code(), 0L);
			double x = (governorate.longitude().doubleValue() - minLon) * LONGITUDE_SCALE * scale;
			double y = (maxLat - governorate.latitude().doubleValue()) * scale;
			double radius = largest == 0 ? 0 : MAX_RADIUS * Math.sqrt((double) persons / largest);
			circles.add(new Circle(governorate.code(), governorate.names().in(language), round(x), round(y),
					round(Math.max(radius, persons > 0 ? 2 : 0)), number.apply(persons), round(y + Math.max(radius, 2) + 12)));
		}
		// small circles drawn last stay visible over large neighbours
		circles.sort(Comparator.comparingDouble(Circle::radius).reversed());
		return new Drawing(WIDTH, height, circles);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
