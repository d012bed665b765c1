package org.homeward.situation;

import java.time.LocalDate;

import org.homeward.ledger.FreeText;
import org.homeward.situation.LegalActs.LegalActRequest;
import org.homeward.situation.SituationItems.LegalActKind;
import org.homeward.situation.internal.Refusals;
import org.homeward.web.InputError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A legal act has a title, a kind and a day it was signed; a correction says why it is made. */
class LegalActsTest {

	static final LegalActRequest AMNESTY = new LegalActRequest("18", "Decree on general amnesty", "amnesty",
			LocalDate.of(2018, 10, 9), "Amnesty for deserters and draft evaders", "https://example.org/decree-18", "JCHQ",
			null);

	@Test
	void registersAnActWithoutAReason() {
		assertThat(Refusals.of(problems -> AMNESTY.check(false, problems))).isEmpty();
	}

	@Test
	void namesEveryProblemOfAnActInTheOrderOfTheForm() {
		LegalActRequest request = new LegalActRequest("1\u00002", " ", "edict", LocalDate.of(2018, 10, 23), "bell\u0007",
				"javascript:alert(1)", "JCHQ", null);
		assertThat(Refusals.of(problems -> request.check(false, problems))).containsExactly(
				InputError.field("title", " ", "This field is required."),
				InputError.field("number", "1\u00002", FreeText.ONE_LINE),
				InputError.field("kind", "edict", "The kind is amnesty, decree, law, resolution or other."),
				InputError.field("signedOn", "2018-10-23", "The day is after today (2018-10-22)."),
				InputError.field("summary", "bell\u0007", FreeText.LINES),
				InputError.field("link", "javascript:alert(1)", "A link is an http or https address."));
	}

	@Test
	void shouldNotCorrectAnActWithoutSayingWhy() {
		assertThat(Refusals.of(problems -> AMNESTY.check(true, problems)))
			.containsExactly(InputError.field("reason", null, "This field is required."));
		LegalActRequest corrected = new LegalActRequest("18", "Decree on general amnesty", "amnesty",
				LocalDate.of(2018, 10, 9), null, null, "JCHQ", "signed on 9 October, not 19");
		assertThat(Refusals.of(problems -> corrected.check(true, problems))).isEmpty();
	}

	@Test
	void namesAMissingSigningDayAndKind() {
		LegalActRequest request = new LegalActRequest(null, "Decree", null, null, null, null, "JCHQ", null);
		assertThat(Refusals.of(problems -> request.check(false, problems))).containsExactly(
				InputError.field("kind", null, "The kind is amnesty, decree, law, resolution or other."),
				InputError.field("signedOn", null, "The day is required (YYYY-MM-DD)."));
	}

	@Test
	void readsTheKindInAnyCase() {
		assertThat(AMNESTY.legalActKind()).contains(LegalActKind.AMNESTY);
		assertThat(new LegalActRequest(null, "Decree", " Resolution ", null, null, null, "JCHQ", null).legalActKind())
			.contains(LegalActKind.RESOLUTION);
	}
}
