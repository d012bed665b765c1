package org.homeward.geography;

import org.homeward.geography.internal.NameFolding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameFoldingTest {

	@Test
	void dropsHamzaFromAlefAndFoldsTaaMarbutaAndAlefMaqsura() {
		assertThat(NameFolding.fold("إدلب")).isEqualTo("ادلب");
		assertThat(NameFolding.fold("حماة")).isEqualTo("حماه");
		assertThat(NameFolding.fold("مستشفى")).isEqualTo("مستشفي");
		assertThat(NameFolding.fold("آل")).isEqualTo("ال");
	}

	@Test
	void dropsHarakatAndTatweel() {
		assertThat(NameFolding.fold("دِمَشْق")).isEqualTo("دمشق");
		assertThat(NameFolding.fold("حـلـب")).isEqualTo("حلب");
	}

	@Test
	void foldsLatinAccentsCaseApostrophesAndPunctuation() {
		assertThat(NameFolding.fold("Dar'a")).isEqualTo("dara");
		assertThat(NameFolding.fold("Deir-ez-Zor")).isEqualTo("deir ez zor");
		assertThat(NameFolding.fold("  Ḥamāh ")).isEqualTo("hamah");
	}

	@Test
	void foldsRussianShortIAndYo() {
		assertThat(NameFolding.fold("Дейр-эз-Зор")).isEqualTo("деир эз зор");
		assertThat(NameFolding.fold("Ёж")).isEqualTo("еж");
	}

	@Test
	void foldsNothingToEmpty() {
		assertThat(NameFolding.fold(null)).isEmpty();
		assertThat(NameFolding.fold(" '- ")).isEmpty();
	}
}
