package org.homeward.quality.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.homeward.reconstruction.FacilityStatus;
import org.homeward.returns.ReturnCategory;

/**
 * A synthetic returns ledger with planted faults, deterministic for its seed. Each region has two sources: one that
 * counts the refugees crossing at each of ten border crossings (one record per crossing and day, to the crossing's
 * main destination), and one that counts, per governorate and day, the displaced people and the refugees who came
 * home there. Counts follow a weekly pattern (fewer on Fridays), a trend of their own over the year, holidays, noise
 * and missing days, and arrive in the ledger the same day to a week later; each region has 300 facilities moving from
 * damaged through works to operation. Into that the generator plants, per region, 56 faults of the kinds the
 * quality checks look for: spikes ×10 and ×100, digit slips, drops to zero, governorates that fell silent, a week's
 * returns from abroad above all its returns, and facilities opened without works.
 */
final class PlantedFaults {

	static final LocalDate FIRST_DAY = LocalDate.of(2017, 10, 2);
	/** A Sunday: the weeks of the period end on Sundays. */
	static final LocalDate AS_OF = LocalDate.of(2018, 12, 30);
	/** 39 whole weeks checked, after a quarter of history. */
	static final LocalDate FROM = AS_OF.minusWeeks(39).plusDays(1);

	/** Border crossings and the governorate most of the people crossing there go home to. */
	private static final String[][] CROSSINGS = { { "JDAYDET_YABOUS", "SY03" }, { "JOUSIEH", "SY04" },
			{ "DABOUSIEH", "SY04" }, { "ARIDA", "SY10" }, { "NASIB", "SY12" }, { "BAB_AL_HAWA", "SY07" },
			{ "BAB_AL_SALAMEH", "SY02" }, { "KASAB", "SY06" }, { "AL_BUKAMAL", "SY09" }, { "AL_YARUBIYAH", "SY08" } };

	private static final List<String> GOVERNORATES = List.of("SY01", "SY02", "SY03", "SY04", "SY05", "SY06", "SY07",
			"SY08", "SY09", "SY10", "SY11", "SY12", "SY13", "SY14");

	/** Eid al-Fitr, Eid al-Adha and the new year of the period: somewhat fewer people travel. */
	private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2017, 12, 31), LocalDate.of(2018, 1, 1),
			LocalDate.of(2018, 6, 15), LocalDate.of(2018, 6, 16), LocalDate.of(2018, 6, 17),
			LocalDate.of(2018, 8, 21), LocalDate.of(2018, 8, 22), LocalDate.of(2018, 8, 23), LocalDate.of(2018, 8, 24));

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	/** The kinds of planted fault. */
	enum Kind {
		SPIKE_X10, SPIKE_X100, DIGIT_SLIP, DROP_TO_ZERO, SILENT_SOURCE, ABROAD_ABOVE_TOTAL, OPENED_WITHOUT_WORKS
	}

	/**
	 * A planted fault: found when the checks report any of its keys; what it causes beside (a spike at a crossing
	 * lifting the week's returns from abroad above the total) is no false alarm either.
	 */
	record Planted(Kind kind, Set<String> keys, Set<String> causes) {
	}

	/** The records, events and faults of a data set. */
	record DataSet(List<Observation> records, List<FacilityEvent> events, List<Planted> planted) {

		Set<String> sources() {
			Set<String> sources = new java.util.TreeSet<>();
			records.forEach(record -> sources.add(record.source()));
			return sources;
		}
	}

	/** The key under which a finding is matched against the planted faults. */
	static String recordKey(String source, String id) {
		return "record|" + source + "|" + id;
	}

	static String abroadKey(String source, String adm1, LocalDate weekEnd) {
		return "abroad|" + source + "|" + adm1 + "|" + weekEnd;
	}

	static String silentKey(String source, String adm1) {
		return "silent|" + source + "|" + adm1;
	}

	static String openedKey(String source, String eventId) {
		return "opened|" + source + "|" + eventId;
	}

	/** The data; the faults draw from {@link #plants}, so that the data are the same with faults and without. */
	private final Random random;
	private final Random plants;
	private final boolean faults;
	private final List<Observation> records = new ArrayList<>();
	private final List<FacilityEvent> events = new ArrayList<>();
	private final List<Planted> planted = new ArrayList<>();

	private PlantedFaults(long seed, boolean faults) {
		this.random = new Random(seed);
		this.plants = new Random(~seed);
		this.faults = faults;
	}

	/** A data set of {@code regions} regions; with {@code faults} false, the same data without any fault planted. */
	static DataSet generate(long seed, int regions, boolean faults) {
		PlantedFaults generator = new PlantedFaults(seed, faults);
		for (int region = 1; region <= regions; region++) {
			generator.region(region);
		}
		return new DataSet(List.copyOf(generator.records), List.copyOf(generator.events),
				List.copyOf(generator.planted));
	}

	/**
	 * One region: a country of its own (its governorates and crossings have their own codes past the first), so
	 * that a larger run is many independent data sets at once.
	 */
	private void region(int region) {
		String crossingSource = regions("CROSSINGS", region);
		String officeSource = regions("OFFICES", region);
		String[][] crossings = new String[CROSSINGS.length][];
		for (int c = 0; c < CROSSINGS.length; c++) {
			crossings[c] = new String[] { place(CROSSINGS[c][0], region), place(CROSSINGS[c][1], region) };
		}
		List<String> governorates = GOVERNORATES.stream().map(code -> place(code, region)).toList();
		// what each series is like: a level, a trend over the year, and for offices the share they add
		double[] crossingLevel = new double[crossings.length];
		double[] crossingTrend = new double[crossings.length];
		for (int c = 0; c < crossings.length; c++) {
			crossingLevel[c] = 150 * Math.exp(random.nextDouble() * Math.log(5));
			crossingTrend[c] = -0.3 + random.nextDouble() * 0.7;
		}
		Map<String, double[]> office = new LinkedHashMap<>();
		for (String adm1 : governorates) {
			double abroad = 0;
			for (int c = 0; c < crossings.length; c++) {
				abroad += crossings[c][1].equals(adm1) ? crossingLevel[c] : 0;
			}
			double idp = abroad > 0 ? abroad * (0.4 + random.nextDouble() * 0.5)
					: 40 * Math.exp(random.nextDouble() * Math.log(10));
			// the share of arrivals from abroad the office counts beside the crossings' own (airports, other roads)
			office.put(adm1, new double[] { idp, 1.15 + random.nextDouble() * 0.15, -0.3 + random.nextDouble() * 0.7 });
		}
		// which office-days are missing for a fault: silent governorates, and weeks an office entered only in part
		Map<String, LocalDate> silentFrom = new LinkedHashMap<>();
		Map<String, LocalDate> partWeek = new LinkedHashMap<>();
		List<String> withCrossings = governorates.stream()
			.filter(adm1 -> java.util.Arrays.stream(crossings).anyMatch(c -> c[1].equals(adm1))).toList();
		if (faults) {
			List<String> quiet = new ArrayList<>(governorates.stream().filter(g -> !withCrossings.contains(g)).toList());
			java.util.Collections.shuffle(quiet, plants);
			for (String adm1 : quiet.subList(0, 3)) {
				silentFrom.put(adm1, AS_OF.minusDays(15 + plants.nextInt(20)));
			}
			List<String> partly = new ArrayList<>(withCrossings);
			java.util.Collections.shuffle(partly, plants);
			for (String adm1 : partly.subList(0, 6)) {
				partWeek.put(adm1, AS_OF.minusWeeks(2 + plants.nextInt(34)));
			}
		}
		for (LocalDate day = FIRST_DAY; !day.isAfter(AS_OF); day = day.plusDays(1)) {
			double year = (day.toEpochDay() - FIRST_DAY.toEpochDay()) / 365.0;
			double pattern = (day.getDayOfWeek() == DayOfWeek.FRIDAY ? 0.92
					: day.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.96 : 1.0) * (HOLIDAYS.contains(day) ? 0.9 : 1.0);
			Map<String, Double> crossed = new LinkedHashMap<>();
			for (int c = 0; c < crossings.length; c++) {
				double rate = crossingLevel[c] * (1 + crossingTrend[c] * year) * pattern;
				int persons = count(rate);
				crossed.merge(crossings[c][1], rate, Double::sum);
				Observation record = record(crossingSource, "C-" + crossings[c][0] + "-" + day.format(DAY), day,
						crossings[c][1], crossings[c][0], ReturnCategory.REFUGEE_RETURNEE, persons);
				if (random.nextDouble() >= 0.02) {
					records.add(record);
				}
			}
			for (Map.Entry<String, double[]> governorate : office.entrySet()) {
				String adm1 = governorate.getKey();
				double[] shape = governorate.getValue();
				boolean missing = random.nextDouble() < 0.02;
				int idp = count(shape[0] * (1 + shape[2] * year) * pattern);
				double abroad = crossed.getOrDefault(adm1, 0.0) * shape[1];
				int refugees = count(abroad > 0 ? abroad : shape[0] * 0.2 * pattern);
				List<Observation> reported = List.of(
						record(officeSource, "O-" + adm1 + "-I-" + day.format(DAY), day, adm1, adm1,
								ReturnCategory.IDP_RETURNEE, idp),
						record(officeSource, "O-" + adm1 + "-R-" + day.format(DAY), day, adm1, adm1,
								ReturnCategory.REFUGEE_RETURNEE, refugees));
				// the office entered two days of that week only
				boolean partly = partWeek.containsKey(adm1) && !day.isAfter(partWeek.get(adm1))
						&& day.isAfter(partWeek.get(adm1).minusDays(5));
				if (!missing && !partly && !(silentFrom.containsKey(adm1) && day.isAfter(silentFrom.get(adm1)))) {
					records.addAll(reported);
				}
			}
		}
		silentFrom.forEach((adm1, last) -> planted.add(new Planted(Kind.SILENT_SOURCE, Set.of(silentKey(officeSource,
				adm1)), Set.of())));
		partWeek.forEach((adm1, weekEnd) -> planted.add(new Planted(Kind.ABROAD_ABOVE_TOTAL,
				Set.of(abroadKey(crossingSource, adm1, weekEnd)), Set.of())));
		if (faults) {
			plantCounts(crossingSource, silentFrom, partWeek);
		}
		facilities(region, governorates);
	}

	/** A count of about {@code rate}: noise of up to a quarter either way. */
	private int count(double rate) {
		double noise = 1 + 0.25 * (2 * random.nextDouble() - 1);
		return (int) Math.max(1, Math.round(rate * noise));
	}

	/** A record as its source sent it: most the same day or the next, some two days later, a few up to a week. */
	private Observation record(String source, String id, LocalDate day, String adm1, String place,
			ReturnCategory category, int persons) {
		double delay = random.nextDouble();
		int days = delay < 0.8 ? random.nextInt(2) : delay < 0.95 ? 2 : 3 + random.nextInt(4);
		Instant recorded = day.plusDays(days).atTime(9 + random.nextInt(9), random.nextInt(60)).toInstant(ZoneOffset.UTC);
		return new Observation(source, id, day, adm1, place, category, persons, recorded);
	}

	/** Spikes, digit slips and drops to zero on records of the period, each on a record no other fault touches. */
	private void plantCounts(String crossingSource, Map<String, LocalDate> silentFrom, Map<String, LocalDate> partWeek) {
		String officeSource = crossingSource.replace("CROSSINGS", "OFFICES");
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			Observation record = records.get(i);
			boolean ofRegion = record.source().equals(crossingSource) || record.source().equals(officeSource);
			LocalDate partly = partWeek.get(record.adm1());
			if (ofRegion && !record.day().isBefore(FROM)
					&& !(partly != null && !record.day().isAfter(partly) && record.day().isAfter(partly.minusDays(7)))) {
				candidates.add(i);
			}
		}
		java.util.Collections.shuffle(candidates, plants);
		Set<String> touchedSeries = new HashSet<>();
		int next = 0;
		List<Kind> kinds = new ArrayList<>();
		kinds.addAll(java.util.Collections.nCopies(10, Kind.SPIKE_X10));
		kinds.addAll(java.util.Collections.nCopies(6, Kind.SPIKE_X100));
		kinds.addAll(java.util.Collections.nCopies(12, Kind.DIGIT_SLIP));
		kinds.addAll(java.util.Collections.nCopies(14, Kind.DROP_TO_ZERO));
		for (int k = 0; k < kinds.size(); k++) {
			Kind kind = kinds.get(k);
			Observation record;
			do {
				record = records.get(candidates.get(next++));
			}
			while (!touchedSeries.add(record.series() + "|" + record.day().getMonthValue()));
			int persons = switch (kind) {
				case SPIKE_X10 -> record.persons() * 10;
				case SPIKE_X100 -> record.persons() * 100;
				// a key pressed once too often, or once too few times: 412 → 4127, 412 → 41
				case DIGIT_SLIP -> k % 3 == 2 ? record.persons() / 10 : record.persons() * 10 + plants.nextInt(10);
				default -> 0;
			};
			int index = records.indexOf(record);
			records.set(index, new Observation(record.source(), record.id(), record.day(), record.adm1(), record.place(),
					record.category(), persons, record.firstRecordedAt()));
			Set<String> causes = new HashSet<>();
			if (record.source().equals(crossingSource) && persons > record.persons()) {
				causes.add(abroadKey(crossingSource, record.adm1(), weekEnd(record.day())));
			}
			planted.add(new Planted(kind, Set.of(recordKey(record.source(), record.id())), causes));
		}
		// a silent governorate's office no longer counts the refugees the crossings send there
		silentFrom.forEach((adm1, last) -> planted.stream().filter(p -> p.keys().contains(silentKey(officeSource, adm1)))
			.findFirst().ifPresent(silent -> {
				planted.remove(silent);
				Set<String> causes = new HashSet<>();
				for (LocalDate end = weekEnd(last); !end.isAfter(AS_OF); end = end.plusWeeks(1)) {
					causes.add(abroadKey(crossingSource, adm1, end));
				}
				planted.add(new Planted(Kind.SILENT_SOURCE, silent.keys(), causes));
			}));
	}

	/** The last day of the checked week a day falls in. */
	private static LocalDate weekEnd(LocalDate day) {
		long back = Math.floorMod(AS_OF.toEpochDay() - day.toEpochDay(), 7);
		return day.plusDays(back);
	}

	/**
	 * 300 facilities per region: damaged, then works under way, then in operation, a few damaged again and rebuilt.
	 * Five, with faults, are put into operation in the period straight from damaged.
	 */
	private void facilities(int region, List<String> governorates) {
		String source = regions("OFFICES", region);
		for (int f = 1; f <= 300; f++) {
			String facility = "F-" + region + "-" + f;
			String adm1 = governorates.get(random.nextInt(governorates.size()));
			LocalDate day = FIRST_DAY.minusDays(random.nextInt(700));
			List<FacilityEvent> history = new ArrayList<>();
			history.add(event(source, facility, 1, adm1, FacilityStatus.DAMAGED, day));
			int rounds = random.nextDouble() < 0.1 ? 2 : 1;
			for (int round = 0; round < rounds; round++) {
				if (random.nextDouble() < 0.2) {
					break;
				}
				day = day.plusDays(30 + random.nextInt(270));
				history.add(event(source, facility, history.size() + 1, adm1, FacilityStatus.WORKS_UNDER_WAY, day));
				if (random.nextDouble() < 0.25) {
					break;
				}
				day = day.plusDays(30 + random.nextInt(200));
				history.add(event(source, facility, history.size() + 1, adm1, FacilityStatus.IN_OPERATION, day));
				if (round + 1 < rounds) {
					day = day.plusDays(60 + random.nextInt(300));
					history.add(event(source, facility, history.size() + 1, adm1, FacilityStatus.DAMAGED, day));
				}
			}
			if (faults && f % 60 == 7) {
				FacilityEvent opening = event(source, facility, 2, adm1, FacilityStatus.IN_OPERATION,
						FROM.plusDays(plants.nextInt(250)));
				history = List.of(history.get(0), opening);
				planted.add(new Planted(Kind.OPENED_WITHOUT_WORKS, Set.of(openedKey(source, opening.id())), Set.of()));
			}
			events.addAll(history);
		}
	}

	private static FacilityEvent event(String source, String facility, int event, String adm1, FacilityStatus status,
			LocalDate day) {
		return new FacilityEvent(source, facility + "-E" + event, facility, adm1, status, day);
	}

	private static String regions(String source, int region) {
		return region == 1 ? source : source + region;
	}

	private static String place(String code, int region) {
		return region == 1 ? code : code + "-" + region;
	}
}
