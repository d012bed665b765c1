package org.homeward.briefing.internal;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The grammar of counted nouns in each language, for the counts where languages differ. */
class PhrasesTest {

	static final long[] COUNTS = { 0, 1, 2, 3, 5, 11, 21, 100, 101 };

	static final String SCHOOL_EN = "{count, plural, =0 {no schools} one {a school} other {{n} schools}}";
	static final String SCHOOL_RU = "{count, plural, =1 {одна школа} =2 {две школы} one {# школа} few {# школы} "
			+ "many {# школ} other {# школы}}";
	static final String SCHOOL_AR = "{count, plural, zero {لا مدارس} one {مدرسة واحدة} two {مدرستان} few {# مدارس} "
			+ "many {# مدرسة} other {# مدرسة}}";
	static final String BUILDING_RU = "{count, plural, =1 {один жилой дом} =2 {два жилых дома} one {# жилой дом} "
			+ "few {# жилых дома} many {# жилых домов} other {# жилого дома}}";

	@Test
	void countsInEnglishWithAnArticleForOneAndWordsUpToNine() {
		assertThat(phrases("en", SCHOOL_EN)).containsExactly("no schools", "a school", "two schools", "three schools",
				"five schools", "11 schools", "21 schools", "100 schools", "101 schools");
	}

	@Test
	void countsInRussianWithItsThreeFormsAndGenderedOneAndTwo() {
		assertThat(phrases("ru", SCHOOL_RU)).containsExactly("0 школ", "одна школа", "две школы", "3 школы", "5 школ",
				"11 школ", "21 школа", "100 школ", "101 школа");
		assertThat(phrases("ru", BUILDING_RU)).containsExactly("0 жилых домов", "один жилой дом", "два жилых дома",
				"3 жилых дома", "5 жилых домов", "11 жилых домов", "21 жилой дом", "100 жилых домов", "101 жилой дом");
	}

	@Test
	void countsInArabicWithItsSixFormsAndArabicIndicDigits() {
		assertThat(phrases("ar", SCHOOL_AR)).containsExactly("لا مدارس", "مدرسة واحدة", "مدرستان", "٣ مدارس",
				"٥ مدارس", "١١ مدرسة", "٢١ مدرسة", "١٠٠ مدرسة", "١٠١ مدرسة");
	}

	@Test
	void groupsLargeNumbersAndJoinsListsAsEachLanguageDoes() {
		assertThat(new Phrases("en").number(1_490_739)).isEqualTo("1,490,739");
		assertThat(new Phrases("ru").number(1_490_739)).isEqualTo("1\u00a0490\u00a0739");
		assertThat(new Phrases("ru").number(1_877)).as("Russian groups from five digits").isEqualTo("1877");
		assertThat(new Phrases("ru").number(14_877)).isEqualTo("14\u00a0877");
		assertThat(new Phrases("ar").number(1_490_739)).isEqualTo("١٬٤٩٠٬٧٣٩");
		assertThat(new Phrases("en").list(List.of("a", "b", "c"))).isEqualTo("a, b and c");
		assertThat(new Phrases("ru").list(List.of("a", "b", "c"))).isEqualTo("a, b и c");
		assertThat(new Phrases("ar").list(List.of("a", "b", "c"))).isEqualTo("a وb وc");
	}

	@Test
	void writesACodesDigitsAsTheLanguageWritesThem() {
		assertThat(new Phrases("ar").digits("18/2018")).isEqualTo("١٨/٢٠١٨");
		assertThat(new Phrases("ru").digits("18")).isEqualTo("18");
	}

	@Test
	void countsInTheCaseTheFormsSelectOnAndInTheSameWordsWhereTheyDoNot() {
		String forms = "{case, select, genitive {{count, plural, one {{n} школы} other {{n} школ}}} "
				+ "other {{count, plural, one {{n} школа} few {{n} школы} other {{n} школ}}}}";
		assertThat(new Phrases("ru").count(forms, 161, "genitive")).isEqualTo("161 школы");
		assertThat(new Phrases("ru").count(forms, 1877, "genitive")).isEqualTo("1877 школ");
		assertThat(new Phrases("ru").count(forms, 3, "nominative")).isEqualTo("3 школы");
		assertThat(new Phrases("ru").count(SCHOOL_RU, 3, "genitive")).isEqualTo("3 школы");
	}

	private static List<String> phrases(String language, String forms) {
		Phrases phrases = new Phrases(language);
		return LongStream.of(COUNTS).mapToObj(count -> phrases.count(forms, count)).toList();
	}
}
