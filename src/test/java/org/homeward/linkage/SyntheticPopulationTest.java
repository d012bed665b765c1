package org.homeward.linkage;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homeward.linkage.SyntheticNames.Name;
import org.homeward.linkage.SyntheticPopulation.Habits;
import org.homeward.linkage.SyntheticPopulation.Kind;
import org.homeward.linkage.SyntheticPopulation.PairwiseScore;
import org.homeward.linkage.SyntheticPopulation.Place;
import org.junit.jupiter.api.Test;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The synthetic population linkage is measured on: deterministic, as large as asked, with the difficulties its
 * class comment documents at the rates it documents, and a pairwise score counted without listing pairs.
 */
class SyntheticPopulationTest {

	private static final List<String> SOURCES = List.of("SARC", "UNHCR", "RRC");
	private static final List<Place> PLACES = List.of(new Place("SY01", "SY0100"), new Place("SY01", "SY0101"),
			new Place("SY02", "SY0200"), new Place("SY02", "SY0201"), new Place("SY02", "SY0202"),
			new Place("SY03", "SY0300"), new Place("SY07", null));
	private static final List<String> HOSTS = List.of("LBN", "TUR", "JOR", "IRQ", "EGY");
	private static final List<String> ENTRY_POINTS = List.of("JDAYDET_YABOUS", "JOUSIEH", "NASIB", "BAB_AL_HAWA");

	private static final List<SyntheticRegistration> ROWS = population(60_000, 18);
	private static final List<SyntheticRegistration> CLEAN = SyntheticPopulation.generate(30_000, 18, SOURCES, PLACES,
			HOSTS, ENTRY_POINTS, false);

	private static List<SyntheticRegistration> population(int size, long seed) {
		return SyntheticPopulation.generate(size, seed, SOURCES, PLACES, HOSTS, ENTRY_POINTS);
	}

	@Test
	void givesTheSameRegistrationsForTheSameSeedAndOthersForAnother() {
		assertThat(population(5_000, 7)).isEqualTo(population(5_000, 7)).isNotEqualTo(population(5_000, 8));
	}

	@Test
	void givesExactlyAsManyRegistrationsAsAsked() {
		for (int size : new int[] { 0, 1, 7, 1_000, 12_345 }) {
			assertThat(population(size, 3)).hasSize(size);
		}
		assertThat(ROWS.stream().map(SyntheticRegistration::key).distinct().count()).isEqualTo(ROWS.size());
	}

	@Test
	void writesEachKindOfSourceInItsOwnScriptAndCyclesTheKindsBeyondThree() {
		assertThat(ROWS.stream().collect(groupingBy(SyntheticRegistration::source,
				Collectors.mapping(SyntheticRegistration::script, toSet()))))
			.containsExactlyInAnyOrderEntriesOf(Map.of("SARC", Set.of("arabic"), "UNHCR", Set.of("latin"), "RRC",
					Set.of("cyrillic")));
		List<SyntheticRegistration> five = SyntheticPopulation.generate(5_000, 1, List.of("A", "B", "C", "D", "E"),
				PLACES, HOSTS, ENTRY_POINTS);
		assertThat(five.stream().filter(row -> row.source().equals("D")).map(SyntheticRegistration::script)
			.collect(toSet())).containsExactly("arabic");
		assertThat(five.stream().filter(row -> row.source().equals("E")).map(SyntheticRegistration::script)
			.collect(toSet())).containsExactly("latin");
	}

	@Test
	void writesEveryNameOfARegistrationInTheScriptOfItsSource() {
		for (SyntheticRegistration row : ROWS) {
			Character.UnicodeScript script = switch (row.script()) {
				case "arabic" -> Character.UnicodeScript.ARABIC;
				case "cyrillic" -> Character.UnicodeScript.CYRILLIC;
				default -> Character.UnicodeScript.LATIN;
			};
			for (String name : new String[] { row.father(), row.grandfather(), row.family(), row.mother() }) {
				if (name != null) {
					assertThat(name.codePoints().filter(Character::isLetter)
						.mapToObj(Character.UnicodeScript::of).filter(of -> of != Character.UnicodeScript.COMMON)
						.allMatch(of -> of == script)).as(name).isTrue();
				}
			}
		}
	}

	@Test
	void registersAHouseholdWithOneTwoOrThreeSourcesAsOftenAsDocumented() {
		Map<String, Set<String>> sources = ROWS.stream().collect(groupingBy(SyntheticRegistration::trueHousehold,
				Collectors.mapping(SyntheticRegistration::source, toSet())));
		assertThat(share(sources.values(), set -> set.size() == 1)).isCloseTo(SyntheticPopulation.ONE_SOURCE,
				within(0.03));
		assertThat(share(sources.values(), set -> set.size() == 2)).isCloseTo(SyntheticPopulation.TWO_SOURCES,
				within(0.03));
		assertThat(share(sources.values(), set -> set.size() == 3))
			.isCloseTo(1 - SyntheticPopulation.ONE_SOURCE - SyntheticPopulation.TWO_SOURCES, within(0.03));
	}

	@Test
	void registersSomeHouseholdsTwiceInOneSourceUnderAnotherHouseholdId() {
		Map<String, Map<String, Set<String>>> ids = ROWS.stream().collect(groupingBy(
				SyntheticRegistration::trueHousehold, groupingBy(SyntheticRegistration::source,
						Collectors.mapping(SyntheticRegistration::householdId, toSet()))));
		assertThat(share(ids.values(), bySource -> bySource.values().stream().anyMatch(set -> set.size() == 2)))
			.isCloseTo(SyntheticPopulation.SAME_SOURCE_TWICE, within(0.012));
		assertThat(ids.values().stream().flatMap(bySource -> bySource.values().stream()).mapToInt(Set::size).max()
			.orElseThrow()).isEqualTo(2);
	}

	@Test
	void registersMostPeopleOnceAndTheOthersAcrossSources() {
		Map<String, Long> byPerson = ROWS.stream().collect(groupingBy(SyntheticRegistration::truePerson, counting()));
		// a person is left out of a later registration at LEFT_OUT, so a little more often alone
		assertThat(share(byPerson.values(), count -> count == 1)).isCloseTo(SyntheticPopulation.ONE_SOURCE,
				within(0.04));
		assertThat(share(byPerson.values(), count -> count >= 3))
			.isCloseTo(1 - SyntheticPopulation.ONE_SOURCE - SyntheticPopulation.TWO_SOURCES, within(0.03));
	}

	@Test
	void writesBirthsAsEachKindOfSourceDoes() {
		for (Kind kind : Kind.values()) {
			List<SyntheticRegistration> rows = ofKind(kind);
			Habits habits = kind.habits;
			assertThat(share(rows, row -> row.birth().length() == 10)).as(kind.name()).isCloseTo(habits.fullBirth(),
					within(0.02));
			assertThat(share(rows, row -> row.birth().length() == 7)).as(kind.name())
				.isCloseTo(habits.yearMonthBirth(), within(0.02));
			assertThat(share(rows, row -> row.birth().length() == 4)).as(kind.name())
				.isCloseTo(1 - habits.fullBirth() - habits.yearMonthBirth(), within(0.02));
		}
	}

	@Test
	void leavesOutFathersGrandfathersAndMothersAtEachSourcesRates() {
		for (Kind kind : Kind.values()) {
			List<SyntheticRegistration> rows = ofKind(kind);
			Habits habits = kind.habits;
			assertThat(share(rows, row -> row.father() == null)).as(kind.name()).isCloseTo(habits.fatherMissing(),
					within(0.02));
			assertThat(share(rows, row -> row.grandfather() == null)).as(kind.name())
				.isCloseTo(habits.grandfatherMissing(), within(0.02));
			assertThat(share(rows, row -> row.mother() == null)).as(kind.name()).isCloseTo(habits.motherMissing(),
					within(0.02));
		}
	}

	@Test
	void writesNationalIdsOfElevenDigitsForAdultsAtEachSourcesRateSometimesWithADigitWrong() {
		assertThat(ROWS.stream().map(SyntheticRegistration::nationalId).filter(Objects::nonNull))
			.allMatch(id -> id.matches("\\d{11}"));
		for (Kind kind : Kind.values()) {
			List<SyntheticRegistration> adults = ofKind(kind).stream()
				.filter(row -> Integer.parseInt(row.birth().substring(0, 4)) <= 2000).toList();
			assertThat(share(adults, row -> row.nationalId() != null)).as(kind.name())
				.isCloseTo(kind.habits.nationalIdWritten(), within(0.02));
		}
		assertThat(ROWS.stream().filter(row -> row.birth().startsWith("2010")).map(SyntheticRegistration::nationalId))
			.containsOnlyNulls();
		Map<String, Set<String>> idsByPerson = ROWS.stream().filter(row -> row.nationalId() != null)
			.collect(groupingBy(SyntheticRegistration::truePerson, Collectors.mapping(
					SyntheticRegistration::nationalId, Collectors.toList())))
			.entrySet().stream().filter(entry -> entry.getValue().size() == 2)
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> new HashSet<>(entry.getValue())));
		double twoWays = 1 - Math.pow(1 - SyntheticPopulation.NATIONAL_ID_TYPO, 2);
		assertThat(share(idsByPerson.values(), ids -> ids.size() == 2)).isCloseTo(twoWays, within(0.025));
	}

	@Test
	void bringsMostHouseholdsFromAHostCountryMostOftenTheFirstAndTheOthersFromInside() {
		Map<String, SyntheticRegistration> heads = ROWS.stream().filter(row -> row.relationship().equals("head"))
			.collect(Collectors.toMap(SyntheticRegistration::trueHousehold, Function.identity(), (a, b) -> a));
		assertThat(share(heads.values(), row -> row.category().equals("refugee_returnee")))
			.isCloseTo(SyntheticPopulation.REFUGEE, within(0.03));
		assertThat(ROWS).allMatch(row -> row.category().equals("refugee_returnee") == (row.originCountry() != null));
		assertThat(ROWS).allMatch(row -> row.entryPoint() == null || row.category().equals("refugee_returnee"));
		Map<String, Long> byHost = ROWS.stream().filter(row -> row.originCountry() != null)
			.collect(groupingBy(SyntheticRegistration::originCountry, counting()));
		assertThat(byHost.get("LBN")).isGreaterThan(byHost.get("TUR")).isGreaterThan(2 * byHost.get("EGY"));
		List<SyntheticRegistration> refugees = ROWS.stream().filter(row -> row.originCountry() != null).toList();
		assertThat(share(refugees, row -> row.entryPoint() != null)).isCloseTo(SyntheticPopulation.ENTRY_POINT_WRITTEN,
				within(0.03));
	}

	@Test
	void datesEveryReturnAndRegistrationInTheSeasonWithRegistrationAfterReturn() {
		assertThat(ROWS).allMatch(row -> !row.returnedOn().isBefore(SyntheticPopulation.FIRST_DAY)
				&& !row.registeredOn().isAfter(SyntheticPopulation.LAST_DAY)
				&& !row.registeredOn().isBefore(row.returnedOn())
				&& ChronoUnit.DAYS.between(row.returnedOn(), row.registeredOn())
						<= SyntheticPopulation.MAX_REGISTRATION_DELAY);
		assertThat(ROWS).isSortedAccordingTo((a, b) -> a.registeredOn().compareTo(b.registeredOn()));
	}

	@Test
	void registersOnePersonInOneGovernorateWithReturnDaysAFewDaysApart() {
		Map<String, List<SyntheticRegistration>> byPerson = ROWS.stream()
			.collect(groupingBy(SyntheticRegistration::truePerson));
		for (List<SyntheticRegistration> rows : byPerson.values()) {
			assertThat(rows.stream().map(SyntheticRegistration::adm1).distinct()).hasSize(1);
			LocalDate first = rows.stream().map(SyntheticRegistration::returnedOn).min(LocalDate::compareTo).orElseThrow();
			LocalDate last = rows.stream().map(SyntheticRegistration::returnedOn).max(LocalDate::compareTo).orElseThrow();
			assertThat(ChronoUnit.DAYS.between(first, last)).isLessThanOrEqualTo(2L * SyntheticPopulation.MAX_RETURN_SHIFT);
		}
		List<List<SyntheticRegistration>> repeated = byPerson.values().stream().filter(rows -> rows.size() > 1).toList();
		assertThat(share(repeated, rows -> rows.stream().map(SyntheticRegistration::adm2).distinct().count() > 1))
			.isBetween(SyntheticPopulation.OTHER_DISTRICT, 3 * SyntheticPopulation.OTHER_DISTRICT);
	}

	@Test
	void namesChildrenAfterTheirFatherAndHisFather() {
		Map<String, List<SyntheticRegistration>> households = CLEAN.stream()
			.collect(groupingBy(SyntheticRegistration::householdId));
		int children = 0;
		for (List<SyntheticRegistration> members : households.values()) {
			SyntheticRegistration head = members.get(0);
			assertThat(head.relationship()).isEqualTo("head");
			for (SyntheticRegistration child : members) {
				if (head.sex().equals("m") && child.relationship().equals("child")) {
					assertThat(child.father()).isEqualTo(head.given());
					assertThat(child.grandfather()).isEqualTo(head.father());
					assertThat(child.family()).isEqualTo(head.family());
					children++;
				}
			}
		}
		assertThat(children).isGreaterThan(CLEAN.size() / 3);
	}

	@Test
	void bornTwinsAtTheDocumentedRateSomeWithNamesThatSoundAlike() {
		Map<String, List<SyntheticRegistration>> households = CLEAN.stream()
			.filter(row -> row.relationship().equals("child")).collect(groupingBy(SyntheticRegistration::householdId));
		long younger = 0;
		long twins = 0;
		long close = 0;
		long twinsInArabic = 0;
		Set<String> closeNames = SyntheticNames.CLOSE_NAMES.stream().flatMap(List::stream).collect(toSet());
		for (List<SyntheticRegistration> children : households.values()) {
			for (int c = 1; c < children.size(); c++) {
				younger++;
				SyntheticRegistration child = children.get(c);
				SyntheticRegistration elder = children.get(c - 1);
				if (child.birth().equals(elder.birth())) {
					twins++;
					assertThat(child.given()).isNotEqualTo(elder.given());
					if (child.script().equals("arabic")) {
						twinsInArabic++;
						close += closeNames.contains(child.given()) && closeNames.contains(elder.given()) ? 1 : 0;
					}
				}
			}
		}
		assertThat((double) twins / younger).isCloseTo(SyntheticPopulation.TWINS, within(0.01));
		assertThat((double) close / twinsInArabic).isCloseTo(SyntheticPopulation.CLOSE_TWIN_NAMES, within(0.15));
	}

	@Test
	void makesCousinsWhoShareAGrandfatherAndFamilyButNotAFather() {
		Map<String, Set<String>> fathersByGrandfather = CLEAN.stream()
			.filter(row -> row.relationship().equals("child") && row.source().equals("SARC"))
			.collect(groupingBy(row -> row.grandfather() + "|" + row.family(),
					Collectors.mapping(SyntheticRegistration::father, toSet())));
		assertThat(fathersByGrandfather.values().stream().filter(fathers -> fathers.size() > 1).count())
			.isGreaterThan(100);
	}

	@Test
	void givesCommonNamesToManyUnrelatedPeople() {
		List<SyntheticRegistration> men = CLEAN.stream()
			.filter(row -> row.sex().equals("m") && row.source().equals("SARC")).toList();
		Map<String, Long> given = men.stream().collect(groupingBy(SyntheticRegistration::given, counting()));
		assertThat((double) given.get("محمد") / men.size()).isBetween(0.12, 0.28);
		assertThat(given.get("أحمد")).isGreaterThan(given.getOrDefault("أدهم", 0L) * 10);
		assertThat(SyntheticNames.MALE).hasSizeGreaterThanOrEqualTo(80);
		assertThat(SyntheticNames.FEMALE).hasSizeGreaterThanOrEqualTo(60);
		assertThat(SyntheticNames.FAMILY).hasSizeGreaterThanOrEqualTo(80);
		assertThat(SyntheticNames.MALE.stream().map(Name::arabic).distinct()).hasSize(SyntheticNames.MALE.size());
		assertThat(SyntheticNames.FAMILY.stream().map(Name::arabic).distinct()).hasSize(SyntheticNames.FAMILY.size());
	}

	@Test
	void writesTheArticleOfAFamilyNameInLatinAndCyrillicInTheSourcesWays() {
		Set<String> halabi = ROWS.stream().map(SyntheticRegistration::family).filter(family -> family.toLowerCase().contains("halabi")
					|| family.contains("Халаби"))
			.collect(toSet());
		assertThat(halabi).contains("Al-Halabi", "Al Halabi", "El-Halabi", "Alhalabi", "Halabi", "Аль-Халаби",
				"Халаби");
		assertThat(ROWS.stream().map(SyntheticRegistration::family).collect(toSet())).contains("Ash-Shami",
				"Аш-Шами", "As-Sayed");
	}

	@Test
	void dropsTheArticleOfAnArabicFamilyNameAtTheDocumentedRate() {
		Map<String, Long> arabic = ofKind(Kind.ARABIC).stream()
			.collect(groupingBy(row -> row.family().startsWith("ال") ? "article" : "none", counting()));
		double weighted = 0;
		double total = 0;
		for (int rank = 0; rank < SyntheticNames.FAMILY.size(); rank++) {
			double weight = 1 / Math.pow(rank + 1, SyntheticPopulation.FAMILY_SKEW);
			total += weight;
			weighted += SyntheticNames.FAMILY.get(rank).article() ? weight : 0;
		}
		double expected = weighted / total * (1 - SyntheticPopulation.ARTICLE_DROPPED);
		assertThat((double) arabic.get("article") / (arabic.get("article") + arabic.get("none"))).isCloseTo(expected,
				within(0.05));
	}

	@Test
	void writesArabicWithHamzaTaMarbutaAlefMaqsuraAndCompoundsAsOfficersDo() {
		SplittableRandom random = new SplittableRandom(5);
		int draws = 20_000;
		int bareAlef = 0;
		int ha = 0;
		int ya = 0;
		int joined = 0;
		int marked = 0;
		for (int i = 0; i < draws; i++) {
			String osama = SyntheticPopulation.arabicNoise("أسامة", random);
			bareAlef += osama.startsWith("ا") ? 1 : 0;
			ha += osama.endsWith("ه") ? 1 : 0;
			marked += osama.chars().anyMatch(c -> c >= 0x064B && c <= 0x0652 || c == 0x0640) ? 1 : 0;
			ya += SyntheticPopulation.arabicNoise("مصطفى", random).endsWith("ي") ? 1 : 0;
			joined += SyntheticPopulation.arabicNoise("عبد الرحمن", random).replaceAll("[\u064B-\u0652\u0640]", "")
				.equals("عبدالرحمن") ? 1 : 0;
		}
		assertThat((double) bareAlef / draws).isCloseTo(SyntheticPopulation.HAMZA_DROPPED, within(0.015));
		assertThat((double) ha / draws).isCloseTo(SyntheticPopulation.TA_MARBUTA_AS_HA, within(0.015));
		assertThat((double) ya / draws).isCloseTo(SyntheticPopulation.MAQSURA_AS_YA, within(0.015));
		assertThat((double) joined / draws).isCloseTo(SyntheticPopulation.COMPOUND_JOINED, within(0.015));
		assertThat((double) marked / draws).isBetween(0.01, SyntheticPopulation.TASHKEEL + SyntheticPopulation.TATWEEL);
	}

	@Test
	void makesATypoByDroppingDoublingOrSwappingOneLetter() {
		SplittableRandom random = new SplittableRandom(9);
		Set<String> typos = new HashSet<>();
		for (int i = 0; i < 2_000; i++) {
			typos.add(SyntheticPopulation.typo("Khaled", random));
		}
		assertThat(typos).contains("Khaled", "Kaled", "Khhaled", "Kahled", "Khalde", "Khalled")
			.allMatch(typo -> typo.length() >= 5 && typo.length() <= 7);
	}

	@Test
	void writesSection5sHeaderAndHashtagsAndOneLinePerRegistration() throws IOException {
		List<SyntheticRegistration> rows = population(500, 4);
		StringWriter csv = new StringWriter();

		SyntheticPopulation.writeCsv(rows, csv);

		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.toString())).getRecords();
		assertThat(records).hasSize(502);
		assertThat(records.get(1).toList()).containsExactly("#meta+id", "#meta+source", "#household+id",
				"#indiv+relationship", "#indiv+name+given", "#indiv+name+father", "#indiv+name+grandfather",
				"#indiv+name+family", "#indiv+name+mother", "#indiv+sex", "#indiv+birth", "#indiv+id+national",
				"#affected+type", "#date+return", "#date+registered", "#adm1+code", "#adm2+code", "#adm3+code",
				"#adm4+code", "#country+origin+code", "#loc+entry+code", "#meta+void");
		SyntheticRegistration first = rows.get(0);
		assertThat(records.get(2).toList()).containsExactly(first.id(), first.source(), first.householdId(),
				first.relationship(), first.given(), orEmpty(first.father()), orEmpty(first.grandfather()),
				first.family(), orEmpty(first.mother()), first.sex(), first.birth(), orEmpty(first.nationalId()),
				first.category(), first.returnedOn().toString(), first.registeredOn().toString(), first.adm1(),
				orEmpty(first.adm2()), "", "", orEmpty(first.originCountry()), orEmpty(first.entryPoint()), "");
		assertThat(records).allMatch(record -> record.size() == 22);
	}

	@Test
	void scoresTheTruthItselfAsPerfect() {
		Map<String, String> truth = ROWS.stream()
			.collect(Collectors.toMap(SyntheticRegistration::key, SyntheticRegistration::truePerson));

		PairwiseScore score = SyntheticPopulation.score(ROWS, truth);

		long people = ROWS.stream().map(SyntheticRegistration::truePerson).distinct().count();
		assertThat(score.precision()).isEqualTo(1.0);
		assertThat(score.recall()).isEqualTo(1.0);
		assertThat(score.f1()).isEqualTo(1.0);
		assertThat(score.arabicLatinRecall()).isEqualTo(1.0);
		assertThat(score.correctPairs()).isEqualTo(score.truePairs()).isEqualTo(score.predictedPairs())
			.isEqualTo(SyntheticPopulation.truePairs(ROWS).size());
		assertThat(score.distinctTrue()).isEqualTo(people).isEqualTo(score.distinctPredicted());
	}

	@Test
	void scoresEveryRegistrationAloneAsFindingNoPair() {
		PairwiseScore score = SyntheticPopulation.score(ROWS, Map.of());

		assertThat(score.recall()).isEqualTo(0.0);
		assertThat(score.precision()).isEqualTo(1.0);
		assertThat(score.f1()).isEqualTo(0.0);
		assertThat(score.arabicLatinRecall()).isEqualTo(0.0);
		assertThat(score.predictedPairs()).isZero();
		assertThat(score.distinctPredicted()).isEqualTo(ROWS.size());
	}

	@Test
	void scoresAHandMadeLinkagePairByPair() {
		List<SyntheticRegistration> rows = List.of(row("SARC", "1", "محمد", "P1"), row("UNHCR", "1", "Mohammed", "P1"),
				row("RRC", "1", "Мухаммед", "P1"), row("SARC", "2", "أحمد", "P2"), row("UNHCR", "2", "Ahmad", "P2"),
				row("SARC", "3", "علي", "P3"));
		Map<String, String> predicted = Map.of("SARC/1", "X", "UNHCR/1", "X", "RRC/1", "Y", "SARC/2", "Y",
				"UNHCR/2", "Z");

		PairwiseScore score = SyntheticPopulation.score(rows, predicted);

		// true pairs: P1 three, P2 one; predicted: X one, Y one (RRC/1 with SARC/2, wrong); correct: X only
		assertThat(score).isEqualTo(new PairwiseScore(4, 2, 1, 0.5, 0.25, 1.0 / 3, 0.5, 3, 4));
		assertThat(SyntheticPopulation.truePairs(rows)).containsExactlyInAnyOrder("RRC/1|SARC/1", "RRC/1|UNHCR/1",
				"SARC/1|UNHCR/1", "SARC/2|UNHCR/2");
	}

	@Test
	void generatesAndScoresAQuarterOfAMillionRegistrationsInSeconds() {
		long started = System.nanoTime();
		List<SyntheticRegistration> rows = population(250_000, 1);
		PairwiseScore score = SyntheticPopulation.score(rows, Map.of());
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(rows).hasSize(250_000);
		assertThat(score.distinctTrue()).isBetween(120_000L, 200_000L);
		assertThat(millis).isLessThan(10_000);
	}

	private static SyntheticRegistration row(String source, String id, String given, String person) {
		return new SyntheticRegistration(source, id, source + "-HH-" + id, "head", given, null, null, "X", null, "m",
				"1980", null, "idp_returnee", LocalDate.of(2018, 8, 1), LocalDate.of(2018, 8, 2), "SY01", null, null,
				null, person, "H" + person);
	}

	private static List<SyntheticRegistration> ofKind(Kind kind) {
		return ROWS.stream().filter(row -> Kind.of(SOURCES.indexOf(row.source())) == kind).toList();
	}

	private static <T> double share(Collection<T> items, Predicate<T> test) {
		return (double) items.stream().filter(test).count() / items.size();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
