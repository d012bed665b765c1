package org.homeward.situation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.homeward.situation.SituationItems.Access;
import org.homeward.situation.SituationItems.CampAccess;
import org.homeward.situation.SituationItems.CampPopulation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the camps' population estimates and access; every write is an insert. */
@Repository
public class CampRepository {

	private final JdbcClient jdbc;

	CampRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	public List<CampPopulation> populations(String camp) {
		return jdbc.sql("select * from camp_population where camp_code = ? order by estimated_on, id").param(camp)
			.query(CampRepository::population).list();
	}

	public List<CampAccess> accesses(String camp) {
		return jdbc.sql("select * from camp_access where camp_code = ? order by since, id").param(camp)
			.query(CampRepository::access).list();
	}

	/** The latest estimate on or before a day, by any source or (when given) by one. */
	public Optional<CampPopulation> latestPopulation(String camp, LocalDate asOf, String source) {
		return jdbc.sql("""
				select * from camp_population where camp_code = ? and estimated_on <= ? and source_code = coalesce(?, source_code)
				 order by estimated_on desc, id desc limit 1
				""").params(camp, Date.valueOf(asOf), source)
			.query(CampRepository::population).optional();
	}

	/** The latest access status on or before a day, by any source or (when given) by one. */
	public Optional<CampAccess> latestAccess(String camp, LocalDate asOf, String source) {
		return jdbc.sql("""
				select * from camp_access where camp_code = ? and since <= ? and source_code = coalesce(?, source_code)
				 order by since desc, id desc limit 1
				""").params(camp, Date.valueOf(asOf), source)
			.query(CampRepository::access).optional();
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
}
