package org.homeward.situation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of situation item and their values, as the API and the briefing read them. Each item names the account
 * that recorded it, for the staff; a briefing, which is public, carries it {@code withoutRecorder()}, and a recorder
 * that is null is left out of the JSON.
 */
public final class SituationItems {

	private SituationItems() {
	}

	/** Humanitarian access to a camp. */
	public enum Access {
		GRANTED, RESTRICTED, DENIED;

		@JsonValue
		public String apiName() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public enum LegalActKind {
		AMNESTY, DECREE, LAW, RESOLUTION, OTHER;

		@JsonValue
		public String apiName() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public enum ActionKind {
		WORKING_GROUP, CONFERENCE, CONVOY, MEETING, OTHER;

		@JsonValue
		public String apiName() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public enum ActionStatus {
		PLANNED, IN_PREPARATION, UNDER_WAY, DONE, CANCELLED;

		@JsonValue
		public String apiName() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** Reads an enum value as the API writes it ({@code working_group}), in any case. */
	public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
		if (text == null) {
			return Optional.empty();
		}
		String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(name)).findFirst();
	}

	/** A population estimate of a camp by a source. */
	public record CampPopulation(String camp, String source, LocalDate estimatedOn, int persons, String note,
			Instant recordedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String recordedBy) {

		public CampPopulation withoutRecorder() {
			return new CampPopulation(camp, source, estimatedOn, persons, note, recordedAt, null);
		}
	}

	/** Access to a camp from a day on, with the reason and who reported it. */
	public record CampAccess(String camp, String source, LocalDate since, Access status, String reason,
			Instant recordedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String recordedBy) {

		public CampAccess withoutRecorder() {
			return new CampAccess(camp, source, since, status, reason, recordedAt, null);
		}
	}

	/** A camp as of a day: its latest population estimate and access status, if any. */
	public record CampSituation(String camp, CampPopulation population, CampAccess access) {

		public CampSituation withoutRecorder() {
			return new CampSituation(camp, population == null ? null : population.withoutRecorder(),
					access == null ? null : access.withoutRecorder());
		}
	}

	/** One version of a legal act. */
	public record LegalAct(long id, int version, String number, String title, LegalActKind kind, LocalDate signedOn,
			String summary, String link, String source, Instant recordedAt,
			@JsonInclude(JsonInclude.Include.NON_NULL) String recordedBy, String reason) {

		public LegalAct withoutRecorder() {
			return new LegalAct(id, version, number, title, kind, signedOn, summary, link, source, recordedAt, null,
					reason);
		}
	}

	/** One version of a coordination action: who takes part, how far it has come, when it was planned and held. */
	public record CoordinationAction(long id, int version, ActionKind kind, String title, List<String> participants,
			ActionStatus status, LocalDate plannedOn, LocalDate happenedOn, String summary, String source,
			Instant recordedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String recordedBy, String reason) {

		public CoordinationAction withoutRecorder() {
			return new CoordinationAction(id, version, kind, title, participants, status, plannedOn, happenedOn,
					summary, source, recordedAt, null, reason);
		}
	}

	/** Aid delivered on a day to a place: what, how much, by whom. */
	public record AidDelivery(long id, LocalDate deliveredOn, String place, String what, BigDecimal quantity,
			String unit, String deliveredBy, String source, Instant recordedAt,
			@JsonInclude(JsonInclude.Include.NON_NULL) String recordedBy) {

		public AidDelivery withoutRecorder() {
			return new AidDelivery(id, deliveredOn, place, what, quantity, unit, deliveredBy, source, recordedAt, null);
		}
	}
}
