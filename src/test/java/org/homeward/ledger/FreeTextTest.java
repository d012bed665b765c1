package org.homeward.ledger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One line holds no control character; lines hold line breaks and tabs; neither holds what XML cannot carry. */
class FreeTextTest {

	@Test
	void oneLineRefusesEveryControlCharacterAndWhatXmlCannotCarry() {
		assertThat(FreeText.isOneLine("Decree No. 18 · مرسوم تشريعي 🏫")).isTrue();
		assertThat(FreeText.isOneLine(null)).isTrue();
		for (String refused : new String[] { "a\u0001b", "a\nb", "a\tb", "a\u007fb", "a\u0085b", "a\uFFFEb", "a\uFFFFb",
				"a\uD800b", "a\uDC00", "\uD83C" }) {
			assertThat(FreeText.isOneLine(refused)).as(refused).isFalse();
		}
	}

	@Test
	void linesKeepLineBreaksAndTabsOnly() {
		assertThat(FreeText.isLines("roads closed\r\nagain\tsince May")).isTrue();
		for (String refused : new String[] { "nul\u0000byte", "\u001b[31mred", "a\u0085b", "a\uFFFFb", "a\uDBFFb" }) {
			assertThat(FreeText.isLines(refused)).as(refused).isFalse();
		}
	}

	@Test
	void forXmlReplacesWhatXmlCannotCarryAndKeepsTheRestAsItIs() {
		String carried = "Decree 🏫\tNo. 18\r\nمرسوم";
		assertThat(FreeText.forXml(carried)).isSameAs(carried);
		assertThat(FreeText.forXml("Decree \u0001on\u0000 controls\uFFFF \uD800🏫\uDC00"))
			.isEqualTo("Decree \uFFFDon\uFFFD controls\uFFFD \uFFFD🏫\uFFFD");
		assertThat(FreeText.forXml(null)).isNull();
	}
}
