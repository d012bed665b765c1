package org.homeward.registrations.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.homeward.access.AuditTrail;
import org.homeward.ledger.RecordKey;
import org.homeward.linkage.Linkage;
import org.homeward.linkage.LinkageModel;
import org.homeward.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue and what coordinators decide in it: pairs that linkage found neither clearly the same person
 * nor clearly two, and a coordinator's word on a pair, which later linkage keeps to until it is withdrawn. A
 * decision is a record of its own, never overwritten: deciding a pair again withdraws the earlier decision.
 */
@Component
class LinkageDecisions {

	private static final int MOST_LISTED = 500;

	private final JdbcClient jdbc;
	private final RegistrationLinker linker;
	private final AuditTrail audit;
	private final Clock clock;

	LinkageDecisions(JdbcClient jdbc, RegistrationLinker linker, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.linker = linker;
		this.audit = audit;
		this.clock = clock;
	}

	record Review(RecordKey a, RecordKey b, double weight, double probability, String personOfA, String personOfB) {
	}

	record Decision(long id, RecordKey a, RecordKey b, boolean samePerson, String reason, String recordedBy) {
	}

	/** The undecided pairs of the uncertain band, the likeliest first. */
	List<Review> reviews() {
		return jdbc.sql("select m.a_source, m.a_id, m.b_source, m.b_id, m.weight, pa.person_id, pb.person_id "
				+ "from registration_match m "
				+ "left join registration_person pa on pa.source_code = m.a_source and pa.registration_id = m.a_id "
				+ "left join registration_person pb on pb.source_code = m.b_source and pb.registration_id = m.b_id "
				+ "where m.weight < ? and not exists (select 1 from registration_decision d where d.withdrawn_at is null "
				+ "and d.a_source = m.a_source and d.a_id = m.a_id and d.b_source = m.b_source and d.b_id = m.b_id) "
				+ "order by m.weight desc, m.a_source, m.a_id, m.b_source, m.b_id fetch first " + MOST_LISTED
				+ " rows only")
			.param(Linkage.LINKING_WEIGHT)
			.query((row, n) -> new Review(new RecordKey(row.getString(1), row.getString(2)),
					new RecordKey(row.getString(3), row.getString(4)), row.getDouble(5),
					LinkageModel.probability(row.getDouble(5)), row.getString(6), row.getString(7)))
			.list();
	}

	/** Records a coordinator's decision on a pair of current registrations and forms their people again. */
	@Transactional
	Decision decide(RecordKey first, RecordKey second, Boolean samePerson, String reason) {
		if (samePerson == null) {
			throw ProblemException.invalid("samePerson", null, "say true (one person) or false (two people).");
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw ProblemException.invalid("reason", reason, "a decision needs its reason, in at most 1,000 characters.");
		}
		if (first.equals(second)) {
			throw ProblemException.invalid("b", second.toString(), "a decision is about two registrations.");
		}
		for (RecordKey registration : List.of(first, second)) {
			if (jdbc.sql("select count(*) from registration_head where source_code = ? and registration_id = ? "
					+ "and not voided").params(registration.source(), registration.id()).query(Long.class).single() == 0) {
				throw ProblemException.notFound("registration", registration.toString());
			}
		}
		boolean ordered = first.toString().compareTo(second.toString()) < 0;
		RecordKey a = ordered ? first : second;
		RecordKey b = ordered ? second : first;
		String actor = audit.currentActor();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("update registration_decision set withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ? "
				+ "where a_source = ? and a_id = ? and b_source = ? and b_id = ? and withdrawn_at is null")
			.params(now, actor, "decided again", a.source(), a.id(), b.source(), b.id()).update();
		jdbc.sql("insert into registration_decision (a_source, a_id, b_source, b_id, same_person, reason, "
				+ "recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.source(), a.id(), b.source(), b.id(), samePerson, reason.strip(), now, actor).update();
		long id = jdbc.sql("select max(id) from registration_decision where a_source = ? and a_id = ? and "
				+ "b_source = ? and b_id = ?").params(a.source(), a.id(), b.source(), b.id()).query(Long.class).single();
		audit.record(actor, "registrations.decision.recorded", "registration-decision", Long.toString(id),
				Map.of("a", a.toString(), "b", b.toString(), "samePerson", samePerson), reason.strip());
		linker.regroupNow(List.of(a.toString(), b.toString()));
		return new Decision(id, a, b, samePerson, reason.strip(), actor);
	}

	/** Withdraws a decision with a reason; linkage weighs the pair by its evidence again. */
	@Transactional
	Decision withdraw(long id, String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw ProblemException.invalid("reason", reason, "a withdrawal needs its reason, in at most 1,000 characters.");
		}
		List<Decision> found = jdbc.sql("select id, a_source, a_id, b_source, b_id, same_person, reason, recorded_by "
				+ "from registration_decision where id = ? and withdrawn_at is null").param(id)
			.query((row, n) -> new Decision(row.getLong(1), new RecordKey(row.getString(2), row.getString(3)),
					new RecordKey(row.getString(4), row.getString(5)), row.getBoolean(6), row.getString(7),
					row.getString(8)))
			.list();
		if (found.isEmpty()) {
			throw ProblemException.notFound("decision", Long.toString(id));
		}
		Decision decision = found.get(0);
		String actor = audit.currentActor();
		jdbc.sql("update registration_decision set withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ? "
				+ "where id = ?").params(Timestamp.from(clock.instant()), actor, reason.strip(), id).update();
		audit.record(actor, "registrations.decision.withdrawn", "registration-decision", Long.toString(id),
				Map.of("a", decision.a().toString(), "b", decision.b().toString()), reason.strip());
		linker.regroupNow(List.of(decision.a().toString(), decision.b().toString()));
		return decision;
	}
}
