package org.homeward.situation.internal;

import java.time.LocalDate;

import org.homeward.ledger.FreeText;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.situation.internal.Refusals.TODAY;

/** The field rules every situation request shares: a source, days, texts and links, each named when refused. */
class ProblemsTest {

	static final String DAY_MESSAGE = "The day must be from 1900-01-01 to 9999-12-31.";

	@Test
	void answersTheRegisteredSourceInItsOwnSpelling() {
		Problems problems = Refusals.problems();
		assertThat(problems.source(" jchq")).isEqualTo("JCHQ");
		problems.throwIfAny();
	}

	@Test
	void namesASourceThatIsMissingOrNotRegistered() {
		assertThat(Refusals.of(problems -> assertThat(problems.source(" ")).isNull())).containsExactly(
				InputError.field("source", " ", "Name the source that reports this."));
		assertThat(Refusals.of(problems -> assertThat(problems.source("NOBODY")).isNull())).containsExactly(
				InputError.field("source", "NOBODY", "No source is registered with this code."));
	}

	@Test
	void refusesADayThatHasNotHappenedOrThatTheLedgersCannotHold() {
		assertThat(Refusals.of(problems -> {
			problems.notFuture("since", null);
			problems.notFuture("since", TODAY.plusDays(1));
			problems.notFuture("since", LocalDate.of(1899, 12, 31));
			problems.notFuture("since", TODAY);
			problems.notFuture("since", LocalDate.of(1900, 1, 1));
		})).containsExactly(InputError.field("since", null, "The day is required (YYYY-MM-DD)."),
				InputError.field("since", "2018-10-23", "The day is after today (2018-10-22)."),
				InputError.field("since", "1899-12-31", DAY_MESSAGE));
	}

	@Test
	void takesAPlannedDayAheadOrNoneButOnlyOneTheLedgersHold() {
		assertThat(Refusals.of(problems -> {
			problems.held("plannedOn", null);
			problems.held("plannedOn", LocalDate.of(9999, 12, 31));
			problems.held("plannedOn", LocalDate.of(1899, 12, 31));
		})).containsExactly(InputError.field("plannedOn", "1899-12-31", DAY_MESSAGE));
	}

	@Test
	void namesATextTooLongOnceForItsLengthAndABlankRequiredOneAsMissing() {
		String tooLong = "a\n".repeat(151);
		assertThat(Refusals.of(problems -> {
			problems.requiredLine("title", tooLong, 300);
			problems.requiredLine("title", " ", 300);
			problems.requiredLines("reason", null, 1000);
			problems.line("number", null, 50);
			problems.lines("summary", "roads\nclosed\tagain", 4000);
		})).containsExactly(InputError.field("title", tooLong, "At most 300 characters."),
				InputError.field("title", " ", "This field is required."),
				InputError.field("reason", null, "This field is required."));
	}

	@Test
	void keepsOneLineToOneLineAndLinesFreeOfControlCharacters() {
		assertThat(Refusals.of(problems -> {
			problems.line("title", "Decree\nof two lines", 300);
			problems.lines("summary", "bell\u0007", 4000);
		})).containsExactly(InputError.field("title", "Decree\nof two lines", FreeText.ONE_LINE),
				InputError.field("summary", "bell\u0007", FreeText.LINES));
	}

	@Test
	void takesOnlyAnHttpOrHttpsAddressAsALink() {
		String longLink = "https://example.org/" + "a".repeat(981);
		assertThat(Refusals.of(problems -> {
			problems.link("link", null);
			problems.link("link", " ");
			problems.link("link", "https://example.org/decree-18");
			problems.link("link", " http://example.org ");
			problems.link("link", "javascript:alert(1)");
			problems.link("link", "https:///no-host");
			problems.link("link", "https://exa mple.org");
			problems.link("link", longLink);
		})).containsExactly(InputError.field("link", "javascript:alert(1)", "A link is an http or https address."),
				InputError.field("link", "https:///no-host", "A link is an http or https address."),
				InputError.field("link", "https://exa mple.org", "A link is an http or https address."),
				InputError.field("link", longLink, "At most 1000 characters."));
	}

	@Test
	void refusesTheRequestWholeNamingEveryProblem() {
		Problems problems = Refusals.problems();
		problems.add("persons", -1, "A population estimate is a whole number of persons, from 0 to 2147483647.");
		problems.source(null);
		assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
				refused -> assertThat(refused.errors()).containsExactly(
						InputError.field("persons", "-1",
								"A population estimate is a whole number of persons, from 0 to 2147483647."),
						InputError.field("source", null, "Name the source that reports this.")));
	}

	@Test
	void keepsATextStrippedAndABlankOneAsNone() {
		assertThat(Problems.blankToNull("  Decree 18 ")).isEqualTo("Decree 18");
		assertThat(Problems.blankToNull(" \t")).isNull();
		assertThat(Problems.blankToNull(null)).isNull();
	}
}
