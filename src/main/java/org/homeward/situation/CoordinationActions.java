package org.homeward.situation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.ledger.FreeText;
import org.homeward.situation.SituationItems.ActionKind;
import org.homeward.situation.SituationItems.ActionStatus;
import org.homeward.situation.SituationItems.CoordinationAction;
import org.homeward.situation.internal.CoordinationActionRepository;
import org.homeward.situation.internal.ItemIds;
import org.homeward.situation.internal.Problems;
import org.homeward.situation.internal.SituationChanges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordination actions around the returns (working groups, conferences, convoys), each new state a new version
 * with who, when and why. A refused request names each problem and writes nothing.
 */
@Service
public class CoordinationActions {

	private final CoordinationActionRepository store;
	private final ItemIds ids;
	private final SituationChanges changes;

	CoordinationActions(CoordinationActionRepository store, ItemIds ids, SituationChanges changes) {
		this.store = store;
		this.ids = ids;
		this.changes = changes;
	}

	/** Coordination actions in their current version. */
	@Transactional(readOnly = true)
	public List<CoordinationAction> current() {
		return store.current();
	}

	/** Every version of a coordination action, the first first; a 404 problem when there is no such action. */
	public List<CoordinationAction> versions(long id) {
		return changes.versions("Coordination action", id, store::versions);
	}

	@Transactional
	public CoordinationAction register(ActionRequest request) {
		return record(null, 1, request);
	}

	/** Records a coordination action's new state as a new version, with the reason for it. */
	@Transactional
	public CoordinationAction update(long id, ActionRequest request) {
		return record(id, versions(id).size() + 1, request);
	}

	private CoordinationAction record(Long id, int version, ActionRequest request) {
		String source = changes.check(request.source(), problems -> request.check(id != null, problems));
		CoordinationAction action = new CoordinationAction(id == null ? ids.next() : id, version,
				request.actionKind().orElseThrow(), request.title().strip(), request.participantNames(),
				request.actionStatus().orElseThrow(), request.plannedOn(), request.happenedOn(),
				Problems.blankToNull(request.summary()), source, changes.now(), changes.actor(),
				Problems.blankToNull(request.reason()));
		store.insert(action);
		changes.audit(id == null ? "coordination_action.registered" : "coordination_action.updated",
				"coordination_action", Long.toString(action.id()),
				Map.of("status", action.status().name(), "version", action.version()), action.reason());
		return action;
	}

	/** What a person sends to register or update a coordination action. */
	public record ActionRequest(String kind, String title, List<String> participants, String status,
			LocalDate plannedOn, LocalDate happenedOn, String summary, String source, String reason) {

		/** Names every problem of the action but its source's; a done action has happened, an update says why. */
		void check(boolean update, Problems problems) {
			problems.requiredLine("title", title, 300);
			if (actionKind().isEmpty()) {
				problems.add("kind", kind, "The kind is working_group, conference, convoy, meeting or other.");
			}
			Optional<ActionStatus> actionStatus = actionStatus();
			if (actionStatus.isEmpty()) {
				problems.add("status", status, "The status is planned, in_preparation, under_way, done or cancelled.");
			}
			problems.held("plannedOn", plannedOn);
			if (happenedOn != null) {
				problems.notFuture("happenedOn", happenedOn);
			}
			if (actionStatus.isPresent() && actionStatus.get() == ActionStatus.DONE && happenedOn == null) {
				problems.add("happenedOn", null, "A done action needs the day it happened.");
			}
			List<String> names = participantNames();
			if (names.stream().anyMatch(name -> name.length() > 200 || !FreeText.isOneLine(name))) {
				problems.add("participants", names, "A participant is one organisation's name, one line of at most "
						+ "200 characters with no control characters.");
			}
			problems.lines("summary", summary, 4000);
			if (update) {
				problems.requiredLines("reason", reason, 1000);
			}
		}

		Optional<ActionKind> actionKind() {
			return SituationItems.parse(ActionKind.class, kind);
		}

		Optional<ActionStatus> actionStatus() {
			return SituationItems.parse(ActionStatus.class, status);
		}

		/** The organisations taking part, stripped, blank names left out. */
		List<String> participantNames() {
			return participants == null ? List.of()
					: participants.stream().filter(name -> name != null && !name.isBlank()).map(String::strip).toList();
		}
	}
}
