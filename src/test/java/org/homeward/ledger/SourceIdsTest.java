package org.homeward.ledger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceIdsTest {

	@Test
	void keepsIdsOfAnyScriptWithSpacesQuotesSlashesAndSigns() {
		for (String id : new String[] { "JCHQ-R-000001", "UNHCR-2018-W01-ARE-SY04", "uuid:6c1d4f6e-0b5a", "a,\"quoted\",b",
				"back\\slash", "سجل-٧", "=HYPERLINK(\"http://evil\")", "@SUM(1)", "2018/10/001", "Case 12", "<b>",
				"'abc", "a..b", ".hidden", "é1", "Ёлка-٣", "x".repeat(100) }) {
			assertThat(SourceIds.problem(id)).as(id).isNull();
		}
	}

	@Test
	void refusesPercentSemicolonControlAndInvisibleCharactersAndDotSegments() {
		assertThat(SourceIds.problem("50%")).isEqualTo(
				"An id holds letters, digits, spaces and signs such as - _ . : / ' \" ( ) = + @; not % (it begins a "
						+ "percent-encoded character in a link).");
		assertThat(SourceIds.problem("a;b")).isEqualTo(
				"An id holds letters, digits, spaces and signs such as - _ . : / ' \" ( ) = + @; not ; (it separates "
						+ "parameters in a link).");
		assertThat(SourceIds.problem("a\tb")).endsWith("not the character U+0009.");
		assertThat(SourceIds.problem("a\uD800b")).endsWith("not the character U+D800.");
		assertThat(SourceIds.problem("SY02\u200B")).endsWith("not the character U+200B.");
		assertThat(SourceIds.problem("\u202Egnp.exe")).endsWith("not the character U+202E.");
		assertThat(SourceIds.problem("a\u00A0b")).endsWith("not the character U+00A0.");
		assertThat(SourceIds.problem("a\u2028b")).endsWith("not the character U+2028.");
		assertThat(SourceIds.problem("a€b")).endsWith("not '€' (U+20AC).");
		assertThat(SourceIds.problem("..")).isEqualTo(
				"An id has no part . or .. between slashes: a link to the record would lead elsewhere.");
		assertThat(SourceIds.problem("a/./b")).isNotNull();
		assertThat(SourceIds.problem("a/..")).isNotNull();
		assertThat(SourceIds.problem("x".repeat(101))).isEqualTo("An id has at most 100 characters.");
	}

	@Test
	void encodesAnIdAsOnePathSegment() {
		assertThat(SourceIds.pathSegment("2018/10 \"a\"\\سجل")).isEqualTo(
				"2018%2F10%20%22a%22%5C%D8%B3%D8%AC%D9%84");
	}
}
