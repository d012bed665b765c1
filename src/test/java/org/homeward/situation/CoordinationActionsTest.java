package org.homeward.situation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.homeward.situation.CoordinationActions.ActionRequest;
import org.homeward.situation.SituationItems.ActionKind;
import org.homeward.situation.SituationItems.ActionStatus;
import org.homeward.situation.internal.Refusals;
import org.homeward.web.InputError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordination action has a kind and a status; a done one has happened, and an update says why. */
class CoordinationActionsTest {

	static final String PARTICIPANT_MESSAGE = "A participant is one organisation's name, one line of at most 200 "
			+ "characters with no control characters.";

	@Test
	void shouldNotCallAnActionDoneWithoutTheDayItHappened() {
		assertThat(Refusals.of(problems -> action("done", null, null).check(false, problems)))
			.containsExactly(InputError.field("happenedOn", null, "A done action needs the day it happened."));
		assertThat(Refusals.of(problems -> action("done", null, LocalDate.of(2018, 10, 20)).check(false, problems)))
			.isEmpty();
	}

	@Test
	void plansAnActionAheadButHoldsWhatHappenedToThePast() {
		assertThat(Refusals.of(problems -> action("planned", LocalDate.of(2030, 1, 1), null).check(false, problems)))
			.isEmpty();
		assertThat(Refusals.of(problems -> action("under_way", LocalDate.of(1899, 12, 31), LocalDate.of(2018, 10, 23))
			.check(false, problems))).containsExactly(
					InputError.field("plannedOn", "1899-12-31", "The day must be from 1900-01-01 to 9999-12-31."),
					InputError.field("happenedOn", "2018-10-23", "The day is after today (2018-10-22)."));
	}

	@Test
	void namesAKindAndAStatusThatAreNoneOfTheirValues() {
		ActionRequest request = new ActionRequest("party", "Meeting", null, "finished", null, null, null, "JCHQ", null);
		assertThat(Refusals.of(problems -> request.check(false, problems))).containsExactly(
				InputError.field("kind", "party", "The kind is working_group, conference, convoy, meeting or other."),
				InputError.field("status", "finished",
						"The status is planned, in_preparation, under_way, done or cancelled."));
	}

	@Test
	void keepsTheParticipantsNamedStrippedAndLeavesOutBlankNames() {
		ActionRequest request = new ActionRequest("meeting", "Meeting",
				Arrays.asList(" Ministry of Justice ", "", null, "  ", "SARC"), "planned", null, null, null, "JCHQ", null);
		assertThat(request.participantNames()).containsExactly("Ministry of Justice", "SARC");
		assertThat(Refusals.of(problems -> request.check(false, problems))).isEmpty();
		assertThat(new ActionRequest("meeting", "Meeting", null, "planned", null, null, null, "JCHQ", null)
			.participantNames()).isEmpty();
	}

	@Test
	void refusesAParticipantThatIsNoOneLineNameOfAtMost200Characters() {
		for (String name : new String[] { "Ministry\u0001", "Ministry\nof Justice", "M".repeat(201) }) {
			ActionRequest request = new ActionRequest("meeting", "Meeting", List.of("SARC", name), "planned", null,
					null, null, "JCHQ", null);
			assertThat(Refusals.of(problems -> request.check(false, problems))).as(name)
				.containsExactly(InputError.field("participants", List.of("SARC", name), PARTICIPANT_MESSAGE));
		}
	}

	@Test
	void shouldNotUpdateAnActionWithoutSayingWhy() {
		assertThat(Refusals.of(problems -> action("under_way", null, null).check(true, problems)))
			.containsExactly(InputError.field("reason", null, "This field is required."));
	}

	@Test
	void readsKindAndStatusInAnyCase() {
		ActionRequest request = new ActionRequest("Working-Group", "Group", null, "IN_PREPARATION", null, null, null,
				"JCHQ", null);
		assertThat(request.actionKind()).contains(ActionKind.WORKING_GROUP);
		assertThat(request.actionStatus()).contains(ActionStatus.IN_PREPARATION);
	}

	private static ActionRequest action(String status, LocalDate plannedOn, LocalDate happenedOn) {
		return new ActionRequest("working_group", "Inter-agency working group on legal assistance",
				List.of("Ministry of Foreign Affairs", "Ministry of Justice"), status, plannedOn, happenedOn, null, "JCHQ",
				null);
	}
}
