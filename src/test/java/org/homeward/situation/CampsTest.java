package org.homeward.situation;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.homeward.ledger.FreeText;
import org.homeward.situation.Camps.AccessRequest;
import org.homeward.situation.Camps.PopulationRequest;
import org.homeward.situation.SituationItems.Access;
import org.homeward.situation.internal.Refusals;
import org.homeward.web.InputError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A camp's population is a whole number of persons an integer holds; access short of granted says why. */
class CampsTest {

	static final String PERSONS_MESSAGE = "A population estimate is a whole number of persons, from 0 to 2147483647.";
	static final LocalDate ESTIMATED_ON = LocalDate.of(2018, 9, 1);

	@Test
	void refusesAPopulationThatIsNoWholeNumberOfPersonsAnIntegerHolds() {
		for (String persons : new String[] { "2.5", "-1", "2147483648", "1E+999" }) {
			assertThat(Refusals.of(new PopulationRequest("UNHCR", ESTIMATED_ON, new BigDecimal(persons), null)::check))
				.as(persons)
				.containsExactly(InputError.field("persons", persons, PERSONS_MESSAGE));
		}
		assertThat(Refusals.of(new PopulationRequest("UNHCR", ESTIMATED_ON, null, null)::check))
			.containsExactly(InputError.field("persons", null, PERSONS_MESSAGE));
		for (String persons : new String[] { "0", "2147483647", "50000.00" }) {
			assertThat(Refusals.of(new PopulationRequest("UNHCR", ESTIMATED_ON, new BigDecimal(persons), null)::check))
				.as(persons)
				.isEmpty();
		}
	}

	@Test
	void namesEveryProblemOfAnEstimateInTheOrderOfTheForm() {
		assertThat(Refusals.of(new PopulationRequest("UNHCR", LocalDate.of(2018, 10, 23), new BigDecimal("-5"),
				"a\u0001b")::check))
			.containsExactly(InputError.field("estimatedOn", "2018-10-23", "The day is after today (2018-10-22)."),
					InputError.field("persons", "-5", PERSONS_MESSAGE),
					InputError.field("note", "a\u0001b", FreeText.LINES));
	}

	@Test
	void asksWhyAccessIsRestrictedOrDeniedButNotWhyItIsGranted() {
		LocalDate since = LocalDate.of(2018, 10, 10);
		assertThat(Refusals.of(new AccessRequest("OCHA", since, "denied", " ")::check))
			.containsExactly(InputError.field("reason", " ", "Say why access is restricted or denied."));
		assertThat(Refusals.of(new AccessRequest("OCHA", since, "restricted", null)::check))
			.containsExactly(InputError.field("reason", null, "Say why access is restricted or denied."));
		assertThat(Refusals.of(new AccessRequest("OCHA", since, "granted", null)::check)).isEmpty();
		assertThat(Refusals.of(new AccessRequest("OCHA", since, "Denied", "roads\nclosed\tagain")::check)).isEmpty();
	}

	@Test
	void namesAnAccessStatusThatIsNoneOfTheThree() {
		assertThat(Refusals.of(new AccessRequest("OCHA", LocalDate.of(2999, 1, 1), "open", null)::check))
			.containsExactly(InputError.field("since", "2999-01-01", "The day is after today (2018-10-22)."),
					InputError.field("status", "open", "Access is granted, restricted or denied."));
	}

	@Test
	void readsTheAccessStatusInAnyCase() {
		assertThat(new AccessRequest("OCHA", null, " RESTRICTED ", null).access()).contains(Access.RESTRICTED);
		assertThat(new AccessRequest("OCHA", null, "denied", null).access()).contains(Access.DENIED);
		assertThat(new AccessRequest("OCHA", null, null, null).access()).isEmpty();
	}
}
