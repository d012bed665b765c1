package org.homeward.situation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.homeward.situation.SituationItems.Access;
import org.homeward.situation.SituationItems.ActionKind;
import org.homeward.situation.SituationItems.ActionStatus;
import org.homeward.situation.SituationItems.AidDelivery;
import org.homeward.situation.SituationItems.CampAccess;
import org.homeward.situation.SituationItems.CampPopulation;
import org.homeward.situation.SituationItems.CoordinationAction;
import org.homeward.situation.SituationItems.LegalAct;
import org.homeward.situation.SituationItems.LegalActKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the situation tables; every write is an insert. */
@Repository
public class SituationRepository {

	private static final String CURRENT_LEGAL_ACT = """
			select * from legal_act a
			 where a.version = (select max(v.version) from legal_act v where v.item_id = a.item_id)""";

	private static final String CURRENT_ACTION = """
			select * from coordination_action a
			 where a.version = (select max(v.version) from coordination_action v where v.item_id = a.item_id)""";

	private final JdbcClient jdbc;

	SituationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long nextItemId() {
		return jdbc.sql("select nextval('situation_item_id')").query(Long.class).single();
	}

	public void insert(CampPopulation population) {
		jdbc.sql("""
				insert into camp_population (camp_code, source_code, estimated_on, persons, note, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(population.camp(), population.source(), Date.valueOf(population.estimatedOn()),
				population.persons(), population.note(), Timestamp.from(population.recordedAt()),
				population.recordedBy()).update();
	}

	public void insert(CampAccess access) {
		jdbc.sql("""
				insert into camp_access (camp_code, source_code, since, status, reason, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(access.camp(), access.source(), Date.valueOf(access.since()), access.status().name(),
				access.reason(), Timestamp.from(access.recordedAt()), access.recordedBy()).update();
	}

	public void insert(LegalAct act) {
		jdbc.sql("""
				insert into legal_act (item_id, version, number, title, kind, signed_on, summary, link, source_code,
				                       recorded_at, recorded_by, reason)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(act.id(), act.version(), act.number(), act.title(), act.kind().name(),
				Date.valueOf(act.signedOn()), act.summary(), act.link(), act.source(), Timestamp.from(act.recordedAt()),
				act.recordedBy(), act.reason()).update();
	}

	public void insert(CoordinationAction action) {
		jdbc.sql("""
				insert into coordination_action (item_id, version, kind, title, participants, status, planned_on,
				                                 happened_on, summary, source_code, recorded_at, recorded_by, reason)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(action.id(), action.version(), action.kind().name(), action.title(),
				String.join("\n", action.participants()), action.status().name(), date(action.plannedOn()),
				date(action.happenedOn()), action.summary(), action.source(), Timestamp.from(action.recordedAt()),
				action.recordedBy(), action.reason()).update();
	}

	public long insert(AidDelivery aid) {
		org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into aid_delivery (delivered_on, place_code, what, quantity, unit, delivered_by, source_code,
				                          recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(Date.valueOf(aid.deliveredOn()), aid.place(), aid.what(), aid.quantity(), aid.unit(),
				aid.deliveredBy(), aid.source(), Timestamp.from(aid.recordedAt()), aid.recordedBy()).update(keys, "id");
		return keys.getKey().longValue();
	}

	public List<CampPopulation> populations(String camp) {
		return jdbc.sql("select * from camp_population where camp_code = ? order by estimated_on, id").param(camp)
			.query(SituationRepository::population).list();
	}

	public List<CampAccess> accesses(String camp) {
		return jdbc.sql("select * from camp_access where camp_code = ? order by since, id").param(camp)
			.query(SituationRepository::access).list();
	}

	/** The latest estimate on or before a day, by any source or (when given) by one. */
	public Optional<CampPopulation> latestPopulation(String camp, LocalDate asOf, String source) {
		return jdbc.sql("""
				select * from camp_population where camp_code = ? and estimated_on <= ? and source_code = coalesce(?, source_code)
				 order by estimated_on desc, id desc limit 1
				""").params(camp, Date.valueOf(asOf), source)
			.query(SituationRepository::population).optional();
	}

	/** The latest access status on or before a day, by any source or (when given) by one. */
	public Optional<CampAccess> latestAccess(String camp, LocalDate asOf, String source) {
		return jdbc.sql("""
				select * from camp_access where camp_code = ? and since <= ? and source_code = coalesce(?, source_code)
				 order by since desc, id desc limit 1
				""").params(camp, Date.valueOf(asOf), source)
			.query(SituationRepository::access).optional();
	}

	/** Current versions of the legal acts signed in the days {@code from}..{@code to}. */
	public List<LegalAct> legalActs(LocalDate from, LocalDate to) {
		return jdbc.sql(CURRENT_LEGAL_ACT + " and a.signed_on between ? and ? order by a.signed_on, a.item_id")
			.params(Date.valueOf(from), Date.valueOf(to)).query(SituationRepository::legalAct).list();
	}

	public List<LegalAct> legalActVersions(long id) {
		return jdbc.sql("select * from legal_act where item_id = ? order by version").param(id)
			.query(SituationRepository::legalAct).list();
	}

	/** The current version of every coordination action. */
	public List<CoordinationAction> actions() {
		return jdbc.sql(CURRENT_ACTION + " order by a.item_id").query(SituationRepository::action).list();
	}

	public List<CoordinationAction> actionVersions(long id) {
		return jdbc.sql("select * from coordination_action where item_id = ? order by version").param(id)
			.query(SituationRepository::action).list();
	}

	public List<AidDelivery> aid(LocalDate from, LocalDate to) {
		return jdbc.sql("select * from aid_delivery where delivered_on between ? and ? order by delivered_on, id")
			.params(Date.valueOf(from), Date.valueOf(to)).query(SituationRepository::aid).list();
	}

	private static CampPopulation population(ResultSet row, int n) throws SQLException {
		return new CampPopulation(row.getString("camp_code"), row.getString("source_code"),
				row.getDate("estimated_on").toLocalDate(), row.getInt("persons"), row.getString("note"),
				row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by"));
	}

	private static CampAccess access(ResultSet row, int n) throws SQLException {
		return new CampAccess(row.getString("camp_code"), row.getString("source_code"),
				row.getDate("since").toLocalDate(), Access.valueOf(row.getString("status")), row.getString("reason"),
				row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by"));
	}

	private static LegalAct legalAct(ResultSet row, int n) throws SQLException {
		return new LegalAct(row.getLong("item_id"), row.getInt("version"), row.getString("number"),
				row.getString("title"), LegalActKind.valueOf(row.getString("kind")), row.getDate("signed_on").toLocalDate(),
				row.getString("summary"), row.getString("link"), row.getString("source_code"),
				row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by"), row.getString("reason"));
	}

	private static CoordinationAction action(ResultSet row, int n) throws SQLException {
		String participants = row.getString("participants");
		return new CoordinationAction(row.getLong("item_id"), row.getInt("version"),
				ActionKind.valueOf(row.getString("kind")), row.getString("title"),
				participants == null || participants.isEmpty() ? List.of() : Arrays.asList(participants.split("\n")),
				ActionStatus.valueOf(row.getString("status")), localDate(row.getDate("planned_on")),
				localDate(row.getDate("happened_on")), row.getString("summary"), row.getString("source_code"),
				row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by"), row.getString("reason"));
	}

	private static AidDelivery aid(ResultSet row, int n) throws SQLException {
		return new AidDelivery(row.getLong("id"), row.getDate("delivered_on").toLocalDate(), row.getString("place_code"),
				row.getString("what"), row.getBigDecimal("quantity"), row.getString("unit"), row.getString("delivered_by"),
				row.getString("source_code"), row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by"));
	}

	private static LocalDate localDate(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}
}
