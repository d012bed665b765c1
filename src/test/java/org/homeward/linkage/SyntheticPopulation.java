package org.homeward.linkage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.homeward.linkage.SyntheticNames.Name;

/**
 * Household registrations of returnees whose truth is known, deterministic for a seed, as hard to link as real
 * registrations: the same families registered by several sources, each writing names its own way, with the noise
 * and the look-alikes field data has. What it does, and how often (the constants below):
 * <ul>
 * <li><b>Sources.</b> The sources given are of three kinds, cycled: the first writes names in Arabic script, the
 * second in Latin transliteration, the third in Cyrillic as Russian practice has it (Мухаммед, Халед,
 * Аль-Халаби); a fourth writes Arabic again, and so on. A household is registered by one source
 * ({@value #ONE_SOURCE}), two ({@value #TWO_SOURCES}) or three (the rest), and in {@value #SAME_SOURCE_TWICE} of
 * households one of them registers it a second time, at another checkpoint, under another household id. A later
 * registration leaves out a member other than the head at {@value #LEFT_OUT}.</li>
 * <li><b>Names.</b> A pool of male, female and family names (see {@link SyntheticNames}), drawn with Zipf-like
 * frequencies (exponents {@value #GIVEN_SKEW} and {@value #FAMILY_SKEW}) so unrelated people share the common
 * ones. A Latin source writes one of a name's transliterations, its preferred one at
 * {@value #PREFERRED_SPELLING}; family names with the article are written Al-Halabi, al Halabi, El-Halabi,
 * Alhalabi, Halabi, assimilated before a sun letter (Ash-Shami); in Cyrillic with the article
 * ({@value #CYRILLIC_ARTICLE}, Аль-Халаби, Аш-Шами) or without.</li>
 * <li><b>Arabic noise.</b> Alef with hamza written bare ({@value #HAMZA_DROPPED} of names that have one) or a
 * bare initial alef given one ({@value #HAMZA_ADDED}); final ta marbuta as ha ({@value #TA_MARBUTA_AS_HA}); final
 * alef maqsura as ya ({@value #MAQSURA_AS_YA}) and ya as alef maqsura ({@value #YA_AS_MAQSURA}); a compound
 * written as one word ({@value #COMPOUND_JOINED}, عبدالرحمن); tashkeel added ({@value #TASHKEEL}); tatweel
 * ({@value #TATWEEL}); the article left out of a family name ({@value #ARTICLE_DROPPED}).</li>
 * <li><b>Latin noise.</b> A typo ({@value #LATIN_TYPO}: a letter dropped, doubled, or two neighbours swapped);
 * capitals ({@value #UPPER_CASE}) or small letters ({@value #LOWER_CASE}) throughout; a hyphen or space written
 * otherwise ({@value #SEPARATOR_CHANGED}). A wife written under her husband's family name
 * ({@value #WIFE_UNDER_HUSBANDS_NAME}). <b>Cyrillic</b>: its own transliteration, a typo at
 * {@value #CYRILLIC_TYPO}.</li>
 * <li><b>Households.</b> A head, a spouse ({@value #MARRIED} of male heads), children, sometimes a parent of the
 * head ({@value #PARENT_AT_HOME}) or an unmarried brother or sister ({@value #SIBLING_AT_HOME}); a widow heads
 * {@value #WIDOW_HEADS} of households. Children carry their father's given name as their father's name and his
 * father's as their grandfather's; twins ({@value #TWINS} of births) share a birth day, with names that sound alike
 * at {@value #CLOSE_TWIN_NAMES}. Brothers head households of their own ({@value #TWO_BROTHERS} two,
 * {@value #THREE_BROTHERS} three), so their children are cousins: same grandfather and family, another father.</li>
 * <li><b>Births and ids.</b> Each kind of source writes a full date, a year and month, or a year (its
 * {@link Habits}); a full date has day and month swapped at {@value #DAY_MONTH_SWAPPED} when the day is 12 or
 * less, a year is off by one at {@value #YEAR_OFF}. Father's, grandfather's and mother's names are missing at each
 * source's rates; a national id (11 digits, people of {@value #NATIONAL_ID_AGE} and over) is written at each
 * source's rate, with one digit wrong at {@value #NATIONAL_ID_TYPO}.</li>
 * <li><b>Return.</b> A household comes home on one day between {@link #FIRST_DAY} and {@link #LAST_DAY}; a
 * registration gives another day at {@value #RETURN_DAY_SHIFTED} (at most {@value #MAX_RETURN_SHIFT} days off),
 * is registered within {@value #MAX_REGISTRATION_DELAY} days after it, and names another district of the same
 * governorate at {@value #OTHER_DISTRICT}. Refugee returnees ({@value #REFUGEE}) come from a host country (the
 * first given most often) through an entry point, written at {@value #ENTRY_POINT_WRITTEN}; the others are
 * internally displaced returnees with neither.</li>
 * </ul>
 * Registrations come in the order they were registered, each household's members together.
 */
public final class SyntheticPopulation {

	/** A destination: a governorate and, when known, a district inside it. */
	public record Place(String adm1, String adm2) {

		public Place {
			if (adm1 == null || adm1.isBlank()) {
				throw new IllegalArgumentException("A destination needs its governorate's code.");
			}
		}
	}

	/** How good the linkage's answer is, pair by pair, against the truth. */
	public record PairwiseScore(long truePairs, long predictedPairs, long correctPairs, double precision,
			double recall, double f1, double arabicLatinRecall, long distinctTrue, long distinctPredicted) {
	}

	/** What one kind of source writes of a birth and of the names beyond the person's own. */
	record Habits(double fullBirth, double yearMonthBirth, double fatherMissing, double grandfatherMissing,
			double motherMissing, double nationalIdWritten) {
	}

	/** The three kinds of source, by the script they write names in, with their habits. */
	enum Kind {
		ARABIC(new Habits(0.70, 0.10, 0.05, 0.25, 0.35, 0.50)),
		LATIN(new Habits(0.85, 0.05, 0.15, 0.55, 0.50, 0.35)),
		CYRILLIC(new Habits(0.55, 0.0, 0.20, 0.70, 0.70, 0.25));

		final Habits habits;

		Kind(Habits habits) {
			this.habits = habits;
		}

		static Kind of(int sourceIndex) {
			return values()[sourceIndex % 3];
		}
	}

	static final LocalDate FIRST_DAY = LocalDate.of(2018, 7, 1);
	static final LocalDate LAST_DAY = LocalDate.of(2018, 10, 22);
	static final int RETURN_DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
	static final LocalDate LAST_BIRTH = LocalDate.of(2018, 6, 30);

	static final double ONE_SOURCE = 0.55;
	static final double TWO_SOURCES = 0.30;
	static final double SAME_SOURCE_TWICE = 0.03;
	static final double LEFT_OUT = 0.04;

	static final double GIVEN_SKEW = 1.0;
	static final double FAMILY_SKEW = 0.8;
	static final double PREFERRED_SPELLING = 0.5;
	static final double CYRILLIC_ARTICLE = 0.6;

	static final double HAMZA_DROPPED = 0.35;
	static final double HAMZA_ADDED = 0.05;
	static final double TA_MARBUTA_AS_HA = 0.20;
	static final double MAQSURA_AS_YA = 0.25;
	static final double YA_AS_MAQSURA = 0.05;
	static final double COMPOUND_JOINED = 0.30;
	static final double TASHKEEL = 0.04;
	static final double TATWEEL = 0.02;
	static final double ARTICLE_DROPPED = 0.20;

	static final double LATIN_TYPO = 0.05;
	static final double UPPER_CASE = 0.04;
	static final double LOWER_CASE = 0.02;
	static final double SEPARATOR_CHANGED = 0.15;
	static final double WIFE_UNDER_HUSBANDS_NAME = 0.10;
	static final double CYRILLIC_TYPO = 0.03;

	static final double MARRIED = 0.88;
	static final double WIDOW_HEADS = 0.08;
	static final double PARENT_AT_HOME = 0.10;
	static final double SIBLING_AT_HOME = 0.08;
	static final double TWINS = 0.03;
	static final double CLOSE_TWIN_NAMES = 0.5;
	static final double TWO_BROTHERS = 0.20;
	static final double THREE_BROTHERS = 0.10;
	/** Households by number of children, 0 to 7. */
	static final double[] CHILDREN = { 0.10, 0.12, 0.18, 0.20, 0.16, 0.12, 0.07, 0.05 };

	static final double DAY_MONTH_SWAPPED = 0.04;
	static final double YEAR_OFF = 0.02;
	static final int NATIONAL_ID_AGE = 14;
	static final double NATIONAL_ID_TYPO = 0.03;

	static final double RETURN_DAY_SHIFTED = 0.30;
	static final int MAX_RETURN_SHIFT = 3;
	static final int MAX_REGISTRATION_DELAY = 14;
	static final double OTHER_DISTRICT = 0.08;
	static final double REFUGEE = 0.75;
	static final double ENTRY_POINT_WRITTEN = 0.85;

	static final String HEADER = "Id,Source,Household,Relationship,Given name,Father's name,Grandfather's name,"
			+ "Family name,Mother's name,Sex,Birth,National id,Category,Returned,Registered,Governorate,District,"
			+ "Sub-district,Community,Host country,Entry point,Void";
	static final String HASHTAGS = "#meta+id,#meta+source,#household+id,#indiv+relationship,#indiv+name+given,"
			+ "#indiv+name+father,#indiv+name+grandfather,#indiv+name+family,#indiv+name+mother,#indiv+sex,"
			+ "#indiv+birth,#indiv+id+national,#affected+type,#date+return,#date+registered,#adm1+code,#adm2+code,"
			+ "#adm3+code,#adm4+code,#country+origin+code,#loc+entry+code,#meta+void";

	private SyntheticPopulation() {
	}

	/** About `registrations` registrations (exactly that many), deterministic for a seed. */
	public static List<SyntheticRegistration> generate(int registrations, long seed, List<String> sources,
			List<Place> places, List<String> hostCountries, List<String> entryPoints) {
		return generate(registrations, seed, sources, places, hostCountries, entryPoints, true);
	}

	/** The same people and households, with or without the noise: without, every source writes names cleanly. */
	static List<SyntheticRegistration> generate(int registrations, long seed, List<String> sources,
			List<Place> places, List<String> hostCountries, List<String> entryPoints, boolean noisy) {
		if (registrations < 0 || sources.isEmpty() || places.isEmpty()) {
			throw new IllegalArgumentException("A population needs a number of registrations of 0 or more, a source "
					+ "and a destination.");
		}
		Generator generator = new Generator(registrations, new SplittableRandom(seed), sources, places, hostCountries,
				entryPoints, noisy);
		return generator.run();
	}

	/** Section 5's HXL CSV of these registrations (header row + hashtag row), for the import endpoint. */
	public static void writeCsv(List<SyntheticRegistration> rows, Writer out) {
		try {
			out.write(HEADER + "\n" + HASHTAGS + "\n");
			StringBuilder line = new StringBuilder(256);
			for (SyntheticRegistration row : rows) {
				line.setLength(0);
				for (String value : new String[] { row.id(), row.source(), row.householdId(), row.relationship(),
						row.given(), row.father(), row.grandfather(), row.family(), row.mother(), row.sex(),
						row.birth(), row.nationalId(), row.category(), row.returnedOn().toString(),
						row.registeredOn().toString(), row.adm1(), row.adm2(), null, null, row.originCountry(),
						row.entryPoint(), null }) {
					cell(line, value);
					line.append(',');
				}
				line.setLength(line.length() - 1);
				out.write(line.append('\n').toString());
			}
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void cell(StringBuilder line, String value) {
		if (value == null) {
			return;
		}
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			line.append(value);
			return;
		}
		line.append('"').append(value.replace("\"", "\"\"")).append('"');
	}

	/** True pairs (same truePerson) as a set of "source/id|source/id" keys, smaller key first: for small sets. */
	public static Set<String> truePairs(List<SyntheticRegistration> rows) {
		Map<String, List<String>> byPerson = new LinkedHashMap<>();
		for (SyntheticRegistration row : rows) {
			byPerson.computeIfAbsent(row.truePerson(), person -> new ArrayList<>()).add(row.key());
		}
		Set<String> pairs = new HashSet<>();
		for (List<String> keys : byPerson.values()) {
			for (int i = 0; i < keys.size(); i++) {
				for (int j = i + 1; j < keys.size(); j++) {
					pairs.add(pair(keys.get(i), keys.get(j)));
				}
			}
		}
		return pairs;
	}

	/** The key of a pair of registrations, smaller key first. */
	public static String pair(String key, String otherKey) {
		return key.compareTo(otherKey) <= 0 ? key + "|" + otherKey : otherKey + "|" + key;
	}

	/**
	 * Pairwise precision, recall and F1 of a predicted person per registration key against the truth. A
	 * registration the prediction does not name stands alone. Pairs are counted per cluster (n·(n-1)/2) and per
	 * (true, predicted) cell, never listed. With no pair predicted precision is 1 (nothing wrong was said); with no
	 * true pair recall is 1, and so is Arabic↔Latin recall with no such pair.
	 */
	public static PairwiseScore score(List<SyntheticRegistration> rows,
			Map<String, String> predictedPersonByRegistration) {
		Map<String, Integer> trueIds = new HashMap<>();
		Map<String, Integer> predictedIds = new HashMap<>();
		int n = rows.size();
		long[] cells = new long[n];
		int[] predictedSizes = new int[n];
		int alone = 0;
		for (int i = 0; i < n; i++) {
			SyntheticRegistration row = rows.get(i);
			long truth = trueIds.computeIfAbsent(row.truePerson(), person -> trueIds.size());
			String predictedPerson = predictedPersonByRegistration.get(row.key());
			int predicted = predictedPerson == null ? -1 : predictedIds.computeIfAbsent(predictedPerson,
					person -> predictedIds.size());
			if (predicted < 0) {
				alone++;
			}
			else {
				predictedSizes[predicted]++;
			}
			long script = switch (row.script()) {
				case "arabic" -> 1;
				case "latin" -> 2;
				default -> 0;
			};
			// true person, then predicted person (a lone registration sorts as none), then script
			cells[i] = truth << 33 | (predicted < 0 ? 0x7FFFFFFFL : predicted) << 2 | script;
		}
		Arrays.sort(cells);
		long truePairs = 0;
		long correctPairs = 0;
		long arabicLatinPairs = 0;
		long arabicLatinFound = 0;
		int i = 0;
		while (i < n) {
			long person = cells[i] >>> 33;
			long size = 0;
			long arabic = 0;
			long latin = 0;
			while (i < n && cells[i] >>> 33 == person) {
				long cell = cells[i] >>> 2;
				boolean lone = (cell & 0x7FFFFFFFL) == 0x7FFFFFFFL;
				long cellSize = 0;
				long cellArabic = 0;
				long cellLatin = 0;
				while (i < n && cells[i] >>> 2 == cell) {
					long script = cells[i] & 3;
					cellSize++;
					cellArabic += script == 1 ? 1 : 0;
					cellLatin += script == 2 ? 1 : 0;
					i++;
				}
				if (!lone) {
					correctPairs += cellSize * (cellSize - 1) / 2;
					arabicLatinFound += cellArabic * cellLatin;
				}
				size += cellSize;
				arabic += cellArabic;
				latin += cellLatin;
			}
			truePairs += size * (size - 1) / 2;
			arabicLatinPairs += arabic * latin;
		}
		long predictedPairs = 0;
		for (int p = 0; p < predictedIds.size(); p++) {
			predictedPairs += (long) predictedSizes[p] * (predictedSizes[p] - 1) / 2;
		}
		double precision = predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
		double recall = truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
		double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
		double arabicLatinRecall = arabicLatinPairs == 0 ? 1.0 : (double) arabicLatinFound / arabicLatinPairs;
		return new PairwiseScore(truePairs, predictedPairs, correctPairs, precision, recall, f1, arabicLatinRecall,
				trueIds.size(), predictedIds.size() + alone);
	}

	/** A person as they really are: what every registration of them writes in its own way. */
	private record Person(String id, boolean male, String relationship, Name given, Name father, Name grandfather,
			Name family, Name motherGiven, Name motherFamily, LocalDate birth, String nationalId, Name husbandsFamily) {

		Person named(Name other) {
			return new Person(id, male, relationship, other, father, grandfather, family, motherGiven, motherFamily,
					birth, nationalId, husbandsFamily);
		}
	}

	/** A household as it really is: who lives in it, where and when it came home, from where. */
	private record Household(String id, List<Person> members, int place, LocalDate returnedOn, String category,
			String hostCountry, int entryPoint) {
	}

	/** Draws from a list with Zipf-like weights: the first most often. */
	private static final class Skewed {

		private final double[] cumulative;

		Skewed(int size, double exponent) {
			cumulative = new double[size];
			double sum = 0;
			for (int rank = 0; rank < size; rank++) {
				sum += 1 / Math.pow(rank + 1, exponent);
				cumulative[rank] = sum;
			}
		}

		int draw(SplittableRandom random) {
			double target = random.nextDouble() * cumulative[cumulative.length - 1];
			int found = Arrays.binarySearch(cumulative, target);
			return Math.min(found >= 0 ? found : -found - 1, cumulative.length - 1);
		}
	}

	/** One run of the generator: its random numbers, its counters and the registrations made so far. */
	private static final class Generator {

		private static final Skewed MALE = new Skewed(SyntheticNames.MALE.size(), GIVEN_SKEW);
		private static final Skewed FEMALE = new Skewed(SyntheticNames.FEMALE.size(), GIVEN_SKEW);
		private static final Skewed FAMILY = new Skewed(SyntheticNames.FAMILY.size(), FAMILY_SKEW);
		private static final List<List<Name>> CLOSE_MALE = closePairs(SyntheticNames.MALE);
		private static final List<List<Name>> CLOSE_FEMALE = closePairs(SyntheticNames.FEMALE);

		private final int wanted;
		private final SplittableRandom random;
		private final List<String> sources;
		private final List<Place> places;
		private final List<String> hostCountries;
		private final List<String> entryPoints;
		private final boolean noisy;
		private final Skewed placeDraw;
		private final Skewed hostDraw;
		private final Skewed entryDraw;
		private final Map<String, int[]> placesByAdm1 = new HashMap<>();
		private final int[] latinPreference;
		private final int[] serialBySource;
		/** One copy of each name, birth and day written, shared by the registrations that write it. */
		private final Map<String, String> written = new HashMap<>();
		private final Map<LocalDate, LocalDate> days = new HashMap<>();
		private final List<SyntheticRegistration> out;
		private int people;
		private int households;

		Generator(int wanted, SplittableRandom random, List<String> sources, List<Place> places,
				List<String> hostCountries, List<String> entryPoints, boolean noisy) {
			this.wanted = wanted;
			this.random = random;
			this.sources = List.copyOf(sources);
			this.places = List.copyOf(places);
			this.hostCountries = List.copyOf(hostCountries);
			this.entryPoints = List.copyOf(entryPoints);
			this.noisy = noisy;
			this.placeDraw = new Skewed(places.size(), 0.5);
			this.hostDraw = new Skewed(Math.max(1, hostCountries.size()), 1.0);
			this.entryDraw = new Skewed(Math.max(1, entryPoints.size()), 0.7);
			Map<String, List<Integer>> byAdm1 = new HashMap<>();
			for (int i = 0; i < places.size(); i++) {
				byAdm1.computeIfAbsent(places.get(i).adm1(), adm1 -> new ArrayList<>()).add(i);
			}
			byAdm1.forEach((adm1, indices) -> placesByAdm1.put(adm1, indices.stream().mapToInt(x -> x).toArray()));
			this.latinPreference = new int[sources.size()];
			int latin = 0;
			for (int i = 0; i < sources.size(); i++) {
				latinPreference[i] = Kind.of(i) == Kind.LATIN ? latin++ : 0;
			}
			this.serialBySource = new int[sources.size()];
			this.out = new ArrayList<>(wanted);
		}

		private static List<List<Name>> closePairs(List<Name> pool) {
			Set<String> names = new HashSet<>();
			pool.forEach(name -> names.add(name.arabic()));
			return SyntheticNames.CLOSE_NAMES.stream().filter(names::containsAll)
				.map(pair -> pair.stream().map(arabic -> SyntheticNames.named(pool, arabic)).toList()).toList();
		}

		List<SyntheticRegistration> run() {
			while (out.size() < wanted) {
				clan();
			}
			out.sort(Comparator.comparing(SyntheticRegistration::registeredOn));
			return Collections.unmodifiableList(out);
		}

		/** Brothers, each heading a household of his own (or his widow heading it): their children are cousins. */
		private void clan() {
			Name family = family();
			Name father = male();
			Name grandfather = male();
			Name motherGiven = female();
			Name motherFamily = family();
			double draw = random.nextDouble();
			int brothers = draw < THREE_BROTHERS ? 3 : draw < THREE_BROTHERS + TWO_BROTHERS ? 2 : 1;
			Set<Name> sons = new HashSet<>(Set.of(father));
			int eldest = 1955 + random.nextInt(38);
			for (int b = 0; b < brothers && out.size() < wanted; b++) {
				Name son = distinct(sons, true);
				LocalDate born = birthIn(Math.min(eldest + 2 * b + random.nextInt(3), 1998));
				household(son, born, family, father, grandfather, motherGiven, motherFamily, b == 0, sons);
			}
		}

		private void household(Name husband, LocalDate husbandBorn, Name family, Name father, Name grandfather,
				Name motherGiven, Name motherFamily, boolean eldest, Set<Name> brothers) {
			List<Person> members = new ArrayList<>();
			boolean widow = random.nextDouble() < WIDOW_HEADS;
			if (!widow) {
				members.add(person(true, "head", husband, father, grandfather, family, motherGiven, motherFamily,
						husbandBorn, null));
			}
			if (widow || random.nextDouble() < MARRIED) {
				LocalDate born = husbandBorn.plusYears(random.nextInt(7)).plusDays(random.nextInt(365));
				Person wife = person(false, widow ? "head" : "spouse", female(), male(), male(), family(), female(),
						family(), born.getYear() > 2000 ? LocalDate.of(2000, 12, 31) : born, family);
				members.add(wife);
				// the children's grandfather is their father's father
				children(members, husband, father, family, wife);
			}
			if (!widow && eldest && random.nextDouble() < PARENT_AT_HOME) {
				LocalDate born = clampBirth(husbandBorn.minusYears(20 + random.nextInt(16)).minusDays(random.nextInt(365)));
				members.add(random.nextDouble() < 0.8
						? person(false, "parent", motherGiven, male(), male(), motherFamily, female(), family(), born,
								null)
						: person(true, "parent", father, grandfather, male(), family, female(), family(), born, null));
			}
			if (!widow && random.nextDouble() < SIBLING_AT_HOME) {
				boolean brother = random.nextBoolean();
				Name given = brother ? distinct(brothers, true) : female();
				LocalDate born = clampBirth(husbandBorn.plusYears(1 + random.nextInt(10)).plusDays(random.nextInt(365)));
				members.add(person(brother, "sibling", given, father, grandfather, family, motherGiven, motherFamily,
						born, null));
			}
			int place = placeDraw.draw(random);
			LocalDate returned = day(FIRST_DAY.plusDays(random.nextInt(RETURN_DAYS)));
			boolean refugee = !hostCountries.isEmpty() && random.nextDouble() < REFUGEE;
			register(new Household("H" + ++households, members, place, returned,
					refugee ? "refugee_returnee" : "idp_returnee", refugee ? hostCountries.get(hostDraw.draw(random)) : null,
					refugee && !entryPoints.isEmpty() ? entryDraw.draw(random) : -1));
		}

		private void children(List<Person> members, Name father, Name grandfather, Name family, Person mother) {
			double draw = random.nextDouble();
			int count = 0;
			for (double cumulative = CHILDREN[0]; draw >= cumulative && count < CHILDREN.length - 1;) {
				count++;
				cumulative += CHILDREN[count];
			}
			Set<Name> given = new HashSet<>();
			given.add(father); // a son is named after his grandfather often, after his father hardly ever
			LocalDate born = mother.birth().plusYears(18 + random.nextInt(7)).plusDays(random.nextInt(365));
			Person elder = null;
			for (int c = 0; c < count && !born.isAfter(LAST_BIRTH); c++) {
				boolean twin = elder != null && random.nextDouble() < TWINS;
				boolean male = random.nextBoolean();
				Name name = null;
				if (twin) {
					born = elder.birth();
					if (random.nextDouble() < CLOSE_TWIN_NAMES) {
						male = elder.male();
						List<Name> pair = closePair(elder.given(), male);
						int at = pair.indexOf(elder.given());
						if (at < 0 && !given.contains(pair.get(0)) && !given.contains(pair.get(1))) {
							// parents who name twins alike chose both names together
							given.remove(elder.given());
							given.add(pair.get(0));
							elder = elder.named(pair.get(0));
							members.set(members.size() - 1, elder);
							at = 0;
						}
						name = at < 0 ? null : pair.get(1 - at);
					}
				}
				if (name == null || given.contains(name)) {
					name = distinct(given, male);
				}
				given.add(name);
				Person child = person(male, "child", name, father, grandfather, family, mother.given(),
						mother.family(), born, null);
				members.add(child);
				elder = child;
				born = born.plusYears(1 + random.nextInt(3)).plusDays(random.nextInt(365));
			}
		}

		/** The pair of names that sound alike holding this one, or else one such pair for the same sex. */
		private List<Name> closePair(Name name, boolean male) {
			List<List<Name>> pairs = male ? CLOSE_MALE : CLOSE_FEMALE;
			for (List<Name> pair : pairs) {
				if (pair.contains(name)) {
					return pair;
				}
			}
			return pairs.get(random.nextInt(pairs.size()));
		}

		private Person person(boolean male, String relationship, Name given, Name father, Name grandfather, Name family,
				Name motherGiven, Name motherFamily, LocalDate birth, Name husbandsFamily) {
			int serial = ++people;
			String nationalId = birth.plusYears(NATIONAL_ID_AGE).isAfter(LAST_BIRTH) ? null : nationalId(serial);
			return new Person("P" + serial, male, relationship, given, father, grandfather, family, motherGiven,
					motherFamily, birth, nationalId, husbandsFamily);
		}

		/** Eleven digits, distinct for each person: a governorate's two digits, then nine. */
		private static String nationalId(int serial) {
			long nine = (serial * 387_420_489L) % 1_000_000_000L;
			int governorate = 1 + serial % 14;
			return (governorate < 10 ? "0" : "") + governorate + String.format("%09d", nine);
		}

		private void register(Household household) {
			double draw = random.nextDouble();
			int count = Math.min(sources.size(), draw < ONE_SOURCE ? 1 : draw < ONE_SOURCE + TWO_SOURCES ? 2 : 3);
			int[] chosen = new int[count];
			for (int c = 0; c < count; c++) {
				int source;
				do {
					source = random.nextInt(sources.size());
				}
				while (contains(chosen, c, source));
				chosen[c] = source;
			}
			int twice = random.nextDouble() < SAME_SOURCE_TWICE ? random.nextInt(count) : -1;
			for (int c = 0; c < count; c++) {
				visit(household, chosen[c], c > 0, false);
				if (c == twice) {
					visit(household, chosen[c], true, true);
				}
			}
		}

		private static boolean contains(int[] chosen, int length, int source) {
			for (int i = 0; i < length; i++) {
				if (chosen[i] == source) {
					return true;
				}
			}
			return false;
		}

		/** One source registers the household once: its own household id, its own days, its own spelling. */
		private void visit(Household household, int source, boolean later, boolean otherCheckpoint) {
			String code = sources.get(source);
			String householdId = code + "-HH-" + ++serialBySource[source];
			Place place = places.get(household.place());
			if (noisy && random.nextDouble() < OTHER_DISTRICT) {
				int[] sameAdm1 = placesByAdm1.get(place.adm1());
				if (sameAdm1.length > 1) {
					int other = sameAdm1[random.nextInt(sameAdm1.length - 1)];
					place = places.get(other == household.place() ? sameAdm1[sameAdm1.length - 1] : other);
				}
			}
			LocalDate returned = household.returnedOn();
			if (noisy && random.nextDouble() < RETURN_DAY_SHIFTED) {
				int shift = 1 + random.nextInt(MAX_RETURN_SHIFT);
				returned = clampDay(returned.plusDays(random.nextBoolean() ? shift : -shift));
			}
			returned = day(returned);
			LocalDate registered = day(clampDay(returned.plusDays(random.nextInt(MAX_REGISTRATION_DELAY + 1))));
			String entryPoint = null;
			if (household.entryPoint() >= 0 && (!noisy || random.nextDouble() < ENTRY_POINT_WRITTEN)) {
				int entry = household.entryPoint();
				if (otherCheckpoint && entryPoints.size() > 1) {
					entry = (entry + 1 + random.nextInt(entryPoints.size() - 1)) % entryPoints.size();
				}
				entryPoint = entryPoints.get(entry);
			}
			Kind kind = Kind.of(source);
			for (Person member : household.members()) {
				if (out.size() == wanted) {
					return;
				}
				if (noisy && later && !member.relationship().equals("head") && random.nextDouble() < LEFT_OUT) {
					continue;
				}
				out.add(registration(member, kind, source, code, householdId, household, place, returned, registered,
						entryPoint));
			}
		}

		private SyntheticRegistration registration(Person person, Kind kind, int source, String code,
				String householdId, Household household, Place place, LocalDate returned, LocalDate registered,
				String entryPoint) {
			Habits habits = kind.habits;
			int preference = latinPreference[source];
			String given = given(person.given(), kind, preference);
			String father = noisy && random.nextDouble() < habits.fatherMissing() ? null
					: given(person.father(), kind, preference);
			String grandfather = noisy && random.nextDouble() < habits.grandfatherMissing() ? null
					: given(person.grandfather(), kind, preference);
			Name familyName = person.husbandsFamily() != null && kind == Kind.LATIN && noisy
					&& random.nextDouble() < WIFE_UNDER_HUSBANDS_NAME ? person.husbandsFamily() : person.family();
			String family = family(familyName, kind, preference);
			String mother = noisy && random.nextDouble() < habits.motherMissing() ? null
					: shared(given(person.motherGiven(), kind, preference) + " "
							+ family(person.motherFamily(), kind, preference));
			String nationalId = person.nationalId() == null || noisy && random.nextDouble() >= habits.nationalIdWritten()
					? null : nationalId(person.nationalId());
			return new SyntheticRegistration(code, code + "-" + ++serialBySource[source], householdId,
					person.relationship(), given, father, grandfather, family, mother, person.male() ? "m" : "f",
					birth(person.birth(), habits), nationalId, household.category(), returned, registered, place.adm1(),
					place.adm2(), household.hostCountry(), entryPoint, person.id(), household.id());
		}

		private String nationalId(String truth) {
			if (!noisy || random.nextDouble() >= NATIONAL_ID_TYPO) {
				return truth;
			}
			char[] digits = truth.toCharArray();
			int at = random.nextInt(digits.length);
			digits[at] = (char) ('0' + (digits[at] - '0' + 1 + random.nextInt(9)) % 10);
			return new String(digits);
		}

		private String birth(LocalDate truth, Habits habits) {
			if (!noisy) {
				return shared(truth.toString());
			}
			LocalDate birth = truth;
			if (random.nextDouble() < YEAR_OFF) {
				birth = birth.plusYears(random.nextBoolean() ? 1 : -1);
				birth = birth.isAfter(LAST_BIRTH) ? truth.minusYears(1) : birth;
			}
			double format = random.nextDouble();
			if (format < habits.fullBirth()) {
				if (birth.getDayOfMonth() <= 12 && birth.getDayOfMonth() != birth.getMonthValue()
						&& random.nextDouble() < DAY_MONTH_SWAPPED) {
					LocalDate swapped = LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue());
					birth = swapped.isAfter(LAST_BIRTH) ? birth : swapped;
				}
				return shared(birth.toString());
			}
			if (format < habits.fullBirth() + habits.yearMonthBirth()) {
				return shared(birth.toString().substring(0, 7));
			}
			return shared(String.valueOf(birth.getYear()));
		}

		private String given(Name name, Kind kind, int preference) {
			return shared(switch (kind) {
				case ARABIC -> noisy ? arabicNoise(name.arabic(), random) : name.arabic();
				case LATIN -> latinNoise(spelling(name, preference));
				case CYRILLIC -> noisy ? cyrillicNoise(name.cyrillic(), random) : name.cyrillic();
			});
		}

		private String family(Name name, Kind kind, int preference) {
			return shared(switch (kind) {
				case ARABIC -> {
					String arabic = name.article() && noisy && random.nextDouble() < ARTICLE_DROPPED
							? name.arabic().substring(2) : name.arabic();
					yield noisy ? arabicNoise(arabic, random) : arabic;
				}
				case LATIN -> latinNoise(name.article() ? latinArticle(name, spelling(name, preference))
						: spelling(name, preference));
				case CYRILLIC -> {
					String cyrillic = name.article() && (!noisy || random.nextDouble() < CYRILLIC_ARTICLE)
							? (name.sunLetter() ? "А" + Character.toLowerCase(name.cyrillic().charAt(0)) : "Аль") + "-"
									+ name.cyrillic()
							: name.cyrillic();
					yield noisy ? cyrillicNoise(cyrillic, random) : cyrillic;
				}
			});
		}

		private String spelling(Name name, int preference) {
			List<String> latin = name.latin();
			if (!noisy) {
				return latin.get(0);
			}
			return random.nextDouble() < PREFERRED_SPELLING ? latin.get(preference % latin.size())
					: latin.get(random.nextInt(latin.size()));
		}

		/** The article as Latin sources write it: Al-Halabi, al Halabi, El-Halabi, Alhalabi, Halabi, Ash-Shami. */
		private String latinArticle(Name name, String base) {
			if (!noisy) {
				return "Al-" + base;
			}
			double draw = random.nextDouble();
			if (draw < 0.35) {
				if (name.sunLetter() && random.nextBoolean()) {
					boolean digraph = base.length() > 2 && Character.toLowerCase(base.charAt(1)) == 'h'
							&& "SsTtDd".indexOf(base.charAt(0)) >= 0;
					return "A" + base.substring(0, digraph ? 2 : 1).toLowerCase(Locale.ROOT) + "-" + base;
				}
				return "Al-" + base;
			}
			if (draw < 0.45) {
				return (random.nextBoolean() ? "al " : "Al ") + base;
			}
			if (draw < 0.60) {
				return "El-" + base;
			}
			if (draw < 0.70) {
				return "Al" + base.toLowerCase(Locale.ROOT);
			}
			return base;
		}

		private String latinNoise(String name) {
			if (!noisy) {
				return name;
			}
			String written = name;
			if (random.nextDouble() < SEPARATOR_CHANGED && (written.indexOf(' ') >= 0 || written.indexOf('-') >= 0)) {
				String separator = new String[] { " ", "-", "" }[random.nextInt(3)];
				written = written.replace(" ", separator).replace("-", separator);
			}
			if (random.nextDouble() < LATIN_TYPO) {
				written = typo(written, random);
			}
			double draw = random.nextDouble();
			if (draw < UPPER_CASE) {
				written = written.toUpperCase(Locale.ROOT);
			}
			else if (draw < UPPER_CASE + LOWER_CASE) {
				written = written.toLowerCase(Locale.ROOT);
			}
			return written;
		}

		private Name distinct(Set<Name> taken, boolean male) {
			Name name;
			int tries = 0;
			do {
				name = male ? male() : female();
			}
			while (taken.contains(name) && ++tries < 50);
			taken.add(name);
			return name;
		}

		private Name male() {
			return SyntheticNames.MALE.get(MALE.draw(random));
		}

		private Name female() {
			return SyntheticNames.FEMALE.get(FEMALE.draw(random));
		}

		private Name family() {
			return SyntheticNames.FAMILY.get(FAMILY.draw(random));
		}

		private LocalDate birthIn(int year) {
			return LocalDate.ofYearDay(year, 1 + random.nextInt(365));
		}

		private static LocalDate clampBirth(LocalDate birth) {
			return birth.isAfter(LAST_BIRTH) ? LAST_BIRTH : birth;
		}

		private static LocalDate clampDay(LocalDate day) {
			return day.isBefore(FIRST_DAY) ? FIRST_DAY : day.isAfter(LAST_DAY) ? LAST_DAY : day;
		}

		private LocalDate day(LocalDate day) {
			return days.computeIfAbsent(day, d -> d);
		}

		private String shared(String text) {
			String known = written.putIfAbsent(text, text);
			return known == null ? text : known;
		}
	}

	/** An Arabic name as officers write it: hamza, ta marbuta, alef maqsura, joined compounds, marks, tatweel. */
	static String arabicNoise(String name, SplittableRandom random) {
		StringBuilder written = new StringBuilder(name);
		if (hasAny(name, "أإآ") && random.nextDouble() < HAMZA_DROPPED) {
			replaceAll(written, "أإآ", 'ا');
		}
		else if (random.nextDouble() < HAMZA_ADDED) {
			for (int i = 0; i < written.length() - 1; i++) {
				boolean wordStart = i == 0 || written.charAt(i - 1) == ' ';
				if (wordStart && written.charAt(i) == 'ا' && written.charAt(i + 1) != 'ل') {
					written.setCharAt(i, 'أ');
				}
			}
		}
		for (int end = 0; end <= written.length(); end++) {
			if (end == written.length() || written.charAt(end) == ' ') {
				if (end > 0) {
					char last = written.charAt(end - 1);
					if (last == 'ة' && random.nextDouble() < TA_MARBUTA_AS_HA) {
						written.setCharAt(end - 1, 'ه');
					}
					else if (last == 'ى' && random.nextDouble() < MAQSURA_AS_YA) {
						written.setCharAt(end - 1, 'ي');
					}
					else if (last == 'ي' && random.nextDouble() < YA_AS_MAQSURA) {
						written.setCharAt(end - 1, 'ى');
					}
				}
			}
		}
		if (written.indexOf(" ") >= 0 && random.nextDouble() < COMPOUND_JOINED) {
			for (int at = written.indexOf(" "); at >= 0; at = written.indexOf(" ")) {
				written.deleteCharAt(at);
			}
		}
		if (random.nextDouble() < TATWEEL) {
			int at = 1 + random.nextInt(Math.max(1, written.length() - 1));
			if (at < written.length() && connects(written.charAt(at - 1)) && isArabicLetter(written.charAt(at))) {
				written.insert(at, 'ـ');
			}
		}
		if (random.nextDouble() < TASHKEEL) {
			String marks = "\u064E\u064F\u0650\u0651\u0652";
			for (int m = 1 + random.nextInt(3); m > 0; m--) {
				int at = 1 + random.nextInt(written.length());
				if (isArabicLetter(written.charAt(at - 1))) {
					written.insert(at, marks.charAt(random.nextInt(marks.length())));
				}
			}
		}
		return written.toString();
	}

	/** A Cyrillic name with, sometimes, a typo or capitals. */
	static String cyrillicNoise(String name, SplittableRandom random) {
		String written = random.nextDouble() < CYRILLIC_TYPO ? typo(name, random) : name;
		return random.nextDouble() < UPPER_CASE / 2 ? written.toUpperCase(Locale.ROOT) : written;
	}

	/** One slip of the keyboard: a letter dropped, doubled, or two neighbours swapped. */
	static String typo(String name, SplittableRandom random) {
		if (name.length() < 3) {
			return name;
		}
		int at = 1 + random.nextInt(name.length() - 1);
		StringBuilder written = new StringBuilder(name);
		switch (random.nextInt(3)) {
			case 0 -> {
				if (Character.isLetter(written.charAt(at)) && name.length() > 3) {
					written.deleteCharAt(at);
				}
			}
			case 1 -> {
				if (Character.isLetter(written.charAt(at))) {
					written.insert(at, written.charAt(at));
				}
			}
			default -> {
				if (at < written.length() - 1 && Character.isLetter(written.charAt(at))
						&& Character.isLetter(written.charAt(at + 1))) {
					char c = written.charAt(at);
					written.setCharAt(at, written.charAt(at + 1));
					written.setCharAt(at + 1, c);
				}
			}
		}
		return written.toString();
	}

	private static boolean hasAny(String text, String letters) {
		for (int i = 0; i < text.length(); i++) {
			if (letters.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static void replaceAll(StringBuilder text, String from, char to) {
		for (int i = 0; i < text.length(); i++) {
			if (from.indexOf(text.charAt(i)) >= 0) {
				text.setCharAt(i, to);
			}
		}
	}

	private static boolean isArabicLetter(char c) {
		return c >= '\u0621' && c <= '\u064A' && c != '\u0640';
	}

	/** Whether a letter joins the one after it (ا د ذ ر ز و and their kin do not). */
	private static boolean connects(char c) {
		return isArabicLetter(c) && "اأإآدذرزوؤةىء".indexOf(c) < 0;
	}
}
