package org.homeward.web;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTextTest {

	@Test
	void putsAnApostropheWhereverASpreadsheetWouldStartAFormula() {
		assertThat(SpreadsheetText.neutralise("=1+2")).isEqualTo("'=1+2");
		assertThat(SpreadsheetText.neutralise("+1")).isEqualTo("'+1");
		assertThat(SpreadsheetText.neutralise("-5")).isEqualTo("'-5");
		assertThat(SpreadsheetText.neutralise("@SUM(1)")).isEqualTo("'@SUM(1)");
		assertThat(SpreadsheetText.neutralise("\tx")).isEqualTo("'\tx");
		assertThat(SpreadsheetText.neutralise("\rx")).isEqualTo("'\rx");
		assertThat(SpreadsheetText.neutralise("x;=HYPERLINK(\"http://evil\")")).isEqualTo("x;'=HYPERLINK(\"http://evil\")");
		assertThat(SpreadsheetText.neutralise("a,@SUM(1);b")).isEqualTo("a,'@SUM(1);b");
		assertThat(SpreadsheetText.neutralise("a\t=1")).isEqualTo("a\t'=1");
		assertThat(SpreadsheetText.neutralise("first line\n+cmd")).isEqualTo("first line\n'+cmd");
		assertThat(SpreadsheetText.neutralise("a\r\n-1")).isEqualTo("a\r\n'-1");
		assertThat(SpreadsheetText.neutralise("=1;=2")).isEqualTo("'=1;'=2");
	}

	@Test
	void addsOneApostropheToApostrophesBeforeAFormulaAndLeavesOtherTextAlone() {
		assertThat(SpreadsheetText.neutralise("'=1+2")).isEqualTo("''=1+2");
		assertThat(SpreadsheetText.neutralise("x;''@a")).isEqualTo("x;'''@a");
		for (String text : new String[] { "'abc", "JCHQ-R-000001", "a-b", "a=b", "x, -y", "School No. 1, Yabroud",
				"مدرسة الأمل", "a'=b", "" }) {
			assertThat(SpreadsheetText.neutralise(text)).as(text).isEqualTo(text);
		}
		assertThat(SpreadsheetText.neutralise(null)).isNull();
	}

	@Test
	void readsBackWhatItWroteAndLeavesAnApostropheThatKeptNoFormula() {
		assertThat(SpreadsheetText.restore("'=1+2")).isEqualTo("=1+2");
		assertThat(SpreadsheetText.restore("''=1+2")).isEqualTo("'=1+2");
		assertThat(SpreadsheetText.restore("x;'=HYPERLINK(\"http://evil\")")).isEqualTo("x;=HYPERLINK(\"http://evil\")");
		assertThat(SpreadsheetText.restore("'abc")).isEqualTo("'abc");
		assertThat(SpreadsheetText.restore("x;'abc")).isEqualTo("x;'abc");
		assertThat(SpreadsheetText.restore("a'=b")).isEqualTo("a'=b");
		Random random = new Random(15);
		String alphabet = "'=+-@\t\r\n,;ab ";
		for (int n = 0; n < 100_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(8); i > 0; i--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String written = SpreadsheetText.neutralise(text.toString());
			assertThat(SpreadsheetText.restore(written)).as("[%s] written [%s]", text, written).isEqualTo(text.toString());
		}
	}
}
