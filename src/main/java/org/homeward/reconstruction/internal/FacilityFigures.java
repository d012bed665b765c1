package org.homeward.reconstruction.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.homeward.reconstruction.WorksUnderWay;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reconstruction figures read from the status events themselves, as known at any instant: what the timelines
 * answer for the current knowledge, at a cost that follows the changes made since the instant asked for.
 */
@Repository
class FacilityFigures {

	private final JdbcClient jdbc;

	FacilityFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Facilities whose status became "in operation" on a day of the period (from a different status, or as their
	 * first known status), by type or by governorate; each facility counted once.
	 */
	Map<String, Long> putIntoOperation(String source, LocalDate from, LocalDate to, Instant knownAt,
			FacilityGrouping by) {
		String column = by.column();
		Map<String, Long> counts = new TreeMap<>();
		MapSqlParameterSource params = params(source, to, knownAt).addValue("from", Date.valueOf(from));
		jdbc.sql("with events as (" + events(source, knownAt, params) + """
				), ordered as (
				    select facility_code, status, status_on,
				           lag(status) over (partition by facility_code order by status_on, id) as previous
				      from events)
				select f.%1$s as k, count(distinct o.facility_code) as facilities
				  from ordered o
				  join facility f on f.source_code = :source and f.facility_code = o.facility_code
				 where o.status = 'IN_OPERATION' and (o.previous is null or o.previous <> 'IN_OPERATION')
				   and o.status_on >= :from
				 group by f.%1$s
				""".formatted(column)).paramSource(params)
			.query((java.sql.ResultSet row) -> {
				counts.put(row.getString("k"), row.getLong("facilities"));
			});
		return counts;
	}

	/**
	 * Facilities whose latest status on or before {@code asOf} is "works under way": by type, by governorate, and
	 * the settlements they stand in, all from one grouping.
	 */
	WorksUnderWay worksUnderWay(String source, LocalDate asOf, Instant knownAt) {
		Map<String, Long> byType = new TreeMap<>();
		Map<String, Long> byGovernorate = new TreeMap<>();
		Set<String> settlements = new TreeSet<>();
		MapSqlParameterSource params = params(source, asOf, knownAt);
		jdbc.sql("with events as (" + events(source, knownAt, params) + """
				), latest as (
				    select facility_code, status,
				           row_number() over (partition by facility_code order by status_on desc, id desc) as recency
				      from events)
				select f.type_code, f.settlement_code, f.adm1_code, count(*) as facilities
				  from latest l
				  join facility f on f.source_code = :source and f.facility_code = l.facility_code
				 where l.recency = 1 and l.status = 'WORKS_UNDER_WAY'
				 group by f.type_code, f.settlement_code, f.adm1_code
				""").paramSource(params).query((java.sql.ResultSet row) -> {
			byType.merge(row.getString("type_code"), row.getLong("facilities"), Long::sum);
			byGovernorate.merge(row.getString("adm1_code"), row.getLong("facilities"), Long::sum);
			settlements.add(row.getString("settlement_code"));
		});
		return new WorksUnderWay(settlements.size(), byType, byGovernorate);
	}

	/** Events changed after K that a query as known at K looks up one by one; more are read set-based. */
	private static final int CHANGED_LOOKUP_LIMIT = 1_000;

	/**
	 * The events that count for a source up to a day: current versions, or those current at {@code knownAt}. A
	 * current version recorded by K was also current at K, so only the events changed since K need their older
	 * version looked up: the cost follows the changes since K, not the ledger.
	 */
	private String events(String source, Instant knownAt, MapSqlParameterSource params) {
		String current = """
				select e.id, e.facility_code, e.status, e.status_on
				  from facility_event e join facility_event_head h on h.version_id = e.id
				 where e.source_code = :source and not h.voided and e.status_on <= :to""";
		if (knownAt == null) {
			return current;
		}
		List<String> changed = jdbc.sql("""
				select distinct event_id from facility_event where source_code = ? and recorded_at > ? limit ?""")
			.params(source, Timestamp.from(knownAt), CHANGED_LOOKUP_LIMIT + 1).query(String.class).list();
		String currentAtK = current + " and e.recorded_at <= :knownAt";
		if (changed.isEmpty()) {
			return currentAtK;
		}
		String changedEvents;
		if (changed.size() <= CHANGED_LOOKUP_LIMIT) {
			params.addValue("changed", changed);
			changedEvents = ":changed";
		}
		else {
			changedEvents = "select c.event_id from facility_event c where c.source_code = :source and c.recorded_at > :knownAt";
		}
		return currentAtK + """

				union all
				select e.id, e.facility_code, e.status, e.status_on
				  from facility_event e
				 where e.source_code = :source and e.event_id in (%1$s)
				   and e.recorded_at <= :knownAt and not e.voided and e.status_on <= :to
				   and e.version = (select max(x.version) from facility_event x
				                     where x.source_code = :source and x.event_id = e.event_id
				                       and x.recorded_at <= :knownAt)""".formatted(changedEvents);
	}

	private static MapSqlParameterSource params(String source, LocalDate to,
			Instant knownAt) {
		var params = new MapSqlParameterSource()
			.addValue("source", source).addValue("to", Date.valueOf(to));
		if (knownAt != null) {
			params.addValue("knownAt", Timestamp.from(knownAt));
		}
		return params;
	}

	/** When the source's facility events last changed; empty when it has none. */
	Optional<Instant> lastChange(String source) {
		List<Timestamp> last = jdbc.sql("select max(recorded_at) from facility_event where source_code = ?")
			.param(source).query((row, n) -> row.getTimestamp(1)).list();
		return last.isEmpty() ? Optional.empty() : Optional.ofNullable(last.get(0)).map(Timestamp::toInstant);
	}
}
