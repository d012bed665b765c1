package org.homeward.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A sign-off of one ledger's records of one source, area and period, with everything that happened to it: each
 * step a version, never overwritten. Its state is that of its latest step.
 *
 * @param ledger {@code returns} or {@code facilities}
 * @param area a p-code of an admin unit; the country's code for the whole country
 */
public record Approval(long id, String ledger, String source, String area, LocalDate from, LocalDate to,
		List<Step> steps) {

	public Approval {
		Objects.requireNonNull(ledger, "ledger");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(area, "area");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("an approval's period ends on or after its first day");
		}
		steps = List.copyOf(steps);
		if (steps.isEmpty()) {
			throw new IllegalArgumentException("an approval has at least one step");
		}
	}

	/** Where an approval stands. */
	public enum State {

		/** A data officer asked for it; the records are not locked yet. */
		SUBMITTED,
		/** A coordinator approved it: the records are locked. */
		APPROVED,
		/** Withdrawn with a reason: the records may change again. */
		WITHDRAWN;

		public String apiName() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static State of(String apiName) {
			return valueOf(apiName.toUpperCase(Locale.ROOT));
		}
	}

	/** One version of an approval: what happened, when, by whom, and for a withdrawal why. */
	public record Step(int version, State state, Instant at, String by, String reason) {
	}

	public State state() {
		return latest().state();
	}

	public Step latest() {
		return steps.get(steps.size() - 1);
	}

	/** Whether the records it covers are locked. */
	public boolean inForce() {
		return state() == State.APPROVED;
	}

	/** The step that approved it, the latest when it was approved more than once. */
	public Optional<Step> approval() {
		for (int i = steps.size() - 1; i >= 0; i--) {
			if (steps.get(i).state() == State.APPROVED) {
				return Optional.of(steps.get(i));
			}
		}
		return Optional.empty();
	}

	/** The approval as it stood at an instant: the steps recorded by then; empty if it did not exist yet. */
	public Optional<Approval> asKnownAt(Instant knownAt) {
		if (knownAt == null) {
			return Optional.of(this);
		}
		List<Step> known = steps.stream().filter(step -> !step.at().isAfter(knownAt)).toList();
		return known.isEmpty() ? Optional.empty()
				: Optional.of(new Approval(id, ledger, source, area, from, to, known));
	}

	public boolean covers(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

	public boolean overlaps(LocalDate first, LocalDate last) {
		return !from.isAfter(last) && !to.isBefore(first);
	}
}
