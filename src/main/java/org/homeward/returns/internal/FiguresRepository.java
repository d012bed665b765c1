package org.homeward.returns.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.homeward.returns.Breakdown;
import org.homeward.returns.FigureQuery;
import org.homeward.returns.ReturnCategory;
import org.homeward.ledger.Database;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads figures from the daily aggregates (what is known now), and the versions recorded after an instant (what
 * must be taken back to answer "as known then").
 */
@Repository
class FiguresRepository {

	/** Raw sums for SEX and AGE_BAND, from which the "not reported" share is derived. */
	static final String PERSONS = "persons";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	FiguresRepository(JdbcClient jdbc, Database database) {
		this.jdbc = jdbc;
		// versions stream through in pages instead of arriving all at once
		this.template = database.streaming();
	}

	/**
	 * Persons by the breakdown's key; for SEX and AGE_BAND the raw sums, keyed by column name. Days are not keys
	 * of this kind: {@link #daily} reads them.
	 */
	Map<String, Long> sums(FigureQuery query, Breakdown breakdown) {
		List<Object> params = new ArrayList<>();
		String where = where(query, params);
		Map<String, Long> sums = new TreeMap<>();
		switch (breakdown) {
			case CATEGORY -> sum(breakdown, "select category as k, sum(persons) as n from return_day_total" + where
					+ " group by category", params, sums);
			case DAY, WEEK -> throw new IllegalArgumentException("the persons by day are read by daily(query)");
			case SEX -> sums.putAll(columnSums(where, params, SEX_COLUMNS));
			case AGE_BAND -> sums.putAll(columnSums(where, params, AGE_COLUMNS));
			case ORIGIN_COUNTRY -> byMonthsAndDays(query, breakdown, "origin", "origin_country", sums);
			case ENTRY_POINT -> byMonthsAndDays(query, breakdown, "origin", "entry_point_code", sums);
			case ORIGIN_GOVERNORATE -> byMonthsAndDays(query, breakdown, "origin", "origin_adm1_code", sums);
			case GOVERNORATE, DISTRICT, SUB_DISTRICT, COMMUNITY -> byMonthsAndDays(query, breakdown, "place",
					"place_code", sums);
		}
		return sums;
	}

	/** Persons by the day they returned on. */
	SortedMap<LocalDate, Long> daily(FigureQuery query) {
		List<Object> params = new ArrayList<>();
		SortedMap<LocalDate, Long> days = new TreeMap<>();
		jdbc.sql("select returned_on, sum(persons) as n from return_day_total" + where(query, params)
				+ " group by returned_on").params(params).query((ResultSet row) -> {
					days.put(row.getDate("returned_on").toLocalDate(), row.getLong("n"));
				});
		return days;
	}

	private void sum(Breakdown breakdown, String sql, List<Object> params, Map<String, Long> sums) {
		jdbc.sql(sql).params(params).query((ResultSet row) -> {
			sums.merge(key(breakdown, row.getObject("k")), row.getLong("n"), Long::sum);
		});
	}

	/**
	 * Sums from the monthly aggregates for the whole months of the period and from the daily ones for the days
	 * before and after them; {@code aggregate} is "origin" or "place".
	 */
	private void byMonthsAndDays(FigureQuery query, Breakdown breakdown, String aggregate, String column,
			Map<String, Long> sums) {
		String select = "select " + column + " as k, sum(persons) as n from ";
		String grouped = (column.equals("place_code") ? " and admin_level = " + breakdown.adminLevel()
				: " and " + column + " <> ''") + " group by " + column;
		Months months = Months.within(query.from(), query.to());
		List<FigureQuery> days = new ArrayList<>();
		if (months.isEmpty()) {
			days.add(query);
		}
		else {
			// the days before the first whole month (all of them, for a period open at its start) and after the last
			if (query.from() == null || query.from().isBefore(months.first())) {
				days.add(new FigureQuery(query.source(), query.from(), months.first().minusDays(1), query.category(),
						query.knownAt()));
			}
			LocalDate end = months.last().plusMonths(1).minusDays(1);
			if (end.isBefore(query.to())) {
				days.add(new FigureQuery(query.source(), end.plusDays(1), query.to(), query.category(), query.knownAt()));
			}
			List<Object> params = new ArrayList<>(List.of(query.source(), Date.valueOf(months.first()),
					Date.valueOf(months.last())));
			String category = "";
			if (query.category() != null) {
				category = " and category = ?";
				params.add(query.category().name());
			}
			sum(breakdown, select + "return_month_" + aggregate
					+ " where source_code = ? and month_start >= ? and month_start <= ?" + category + grouped, params, sums);
		}
		for (FigureQuery part : days) {
			List<Object> params = new ArrayList<>();
			sum(breakdown, select + "return_day_" + aggregate + where(part, params) + grouped, params, sums);
		}
	}

	/** The whole calendar months of a period, by their first days; none when it covers no month whole. */
	record Months(LocalDate first, LocalDate last) {

		/** A period open at its start takes its months from here, and any day before from the daily aggregates. */
		private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

		static Months within(LocalDate from, LocalDate to) {
			LocalDate start = from == null ? EARLIEST : from;
			LocalDate first = start.getDayOfMonth() == 1 ? start : start.withDayOfMonth(1).plusMonths(1);
			LocalDate last = to.plusDays(1).getDayOfMonth() == 1 ? to.withDayOfMonth(1)
					: to.withDayOfMonth(1).minusMonths(1);
			return first.isAfter(last) ? new Months(null, null) : new Months(first, last);
		}

		boolean isEmpty() {
			return first == null;
		}
	}

	/** The latest day on or before {@code day} with persons counted for the source; empty when there is none. */
	Optional<java.time.LocalDate> lastDayWithReturns(String source, java.time.LocalDate day) {
		java.sql.Date last = jdbc.sql("select max(returned_on) from return_day_total where source_code = ? "
				+ "and returned_on <= ? and persons > 0")
			.params(source, java.sql.Date.valueOf(day)).query((row, n) -> row.getDate(1)).list().get(0);
		return Optional.ofNullable(last).map(java.sql.Date::toLocalDate);
	}

	List<String> sourcesWithRecords() {
		return jdbc.sql("select distinct source_code from return_record_head order by source_code")
			.query(String.class).list();
	}

	/** When the source's ledger last changed; empty when it has no record. */
	Optional<Instant> lastChange(String source) {
		List<Timestamp> last = jdbc.sql("select max(recorded_at) from return_record where source_code = ?").param(source)
			.query((row, n) -> row.getTimestamp(1)).list();
		return last.isEmpty() ? Optional.empty() : Optional.ofNullable(last.get(0)).map(Timestamp::toInstant);
	}

	/**
	 * For every record of the source changed after {@code knownAt}: its current version with sign -1 and the version
	 * that was current at {@code knownAt} with sign +1 (voided versions count nothing and are left out).
	 */
	void changesSince(String source, Instant knownAt, Consumer<SignedCount> action) {
		Timestamp at = Timestamp.from(knownAt);
		template.query("""
				with changed as (
				    select distinct record_id from return_record where source_code = ? and recorded_at > ?)
				select -1 as sign, r.returned_on, r.category, r.persons, r.adm1_code, r.adm2_code, r.adm3_code, r.adm4_code,
				       r.origin_country, r.origin_adm1_code, r.entry_point_code, r.female, r.male, r.age_0_4, r.age_5_11,
				       r.age_12_17, r.age_18_59, r.age_60_plus
				  from return_record r
				  join changed c on c.record_id = r.record_id
				  join return_record_head h on h.version_id = r.id
				 where r.source_code = ? and not h.voided
				union all
				select 1 as sign, r.returned_on, r.category, r.persons, r.adm1_code, r.adm2_code, r.adm3_code, r.adm4_code,
				       r.origin_country, r.origin_adm1_code, r.entry_point_code, r.female, r.male, r.age_0_4, r.age_5_11,
				       r.age_12_17, r.age_18_59, r.age_60_plus
				  from return_record r
				  join changed c on c.record_id = r.record_id
				 where r.source_code = ? and r.recorded_at <= ? and not r.voided
				   and r.version = (select max(x.version) from return_record x
				                     where x.source_code = r.source_code and x.record_id = r.record_id
				                       and x.recorded_at <= ?)
				""", (ResultSet row) -> action.accept(signed(row)), source, at, source, source, at, at);
	}

	private static final List<String> SEX_COLUMNS = List.of("female", "male");
	private static final List<String> AGE_COLUMNS = List.of("age_0_4", "age_5_11", "age_12_17", "age_18_59",
			"age_60_plus");

	private Map<String, Long> columnSums(String where, List<Object> params, List<String> columns) {
		StringBuilder select = new StringBuilder("select coalesce(sum(persons), 0) as persons");
		columns.forEach(column -> select.append(", coalesce(sum(").append(column).append("), 0) as ").append(column));
		return jdbc.sql(select + " from return_day_total" + where).params(params).query((row, n) -> {
			Map<String, Long> sums = new TreeMap<>();
			sums.put(PERSONS, row.getLong(PERSONS));
			for (String column : columns) {
				sums.put(column, row.getLong(column));
			}
			return sums;
		}).single();
	}

	private static String where(FigureQuery query, List<Object> params) {
		StringBuilder where = new StringBuilder(" where source_code = ? and returned_on <= ?");
		params.add(query.source());
		params.add(Date.valueOf(query.to()));
		if (query.from() != null) {
			where.append(" and returned_on >= ?");
			params.add(Date.valueOf(query.from()));
		}
		if (query.category() != null) {
			where.append(" and category = ?");
			params.add(query.category().name());
		}
		return where.toString();
	}

	private static String key(Breakdown breakdown, Object value) {
		if (breakdown == Breakdown.CATEGORY) {
			return ReturnCategory.valueOf(value.toString()).apiName();
		}
		return value.toString().strip();
	}

	private static SignedCount signed(ResultSet row) throws SQLException {
		return new SignedCount(row.getInt("sign"), row.getDate("returned_on").toLocalDate(),
				ReturnCategory.valueOf(row.getString("category")), row.getInt("persons"),
				new String[] { row.getString("adm1_code"), row.getString("adm2_code"), row.getString("adm3_code"),
						row.getString("adm4_code") },
				trim(row.getString("origin_country")), row.getString("origin_adm1_code"), row.getString("entry_point_code"),
				row.getInt("female"), row.getInt("male"),
				new int[] { row.getInt("age_0_4"), row.getInt("age_5_11"), row.getInt("age_12_17"),
						row.getInt("age_18_59"), row.getInt("age_60_plus") });
	}

	private static String trim(String text) {
		return text == null ? null : text.strip();
	}

	/** One version's contribution to the figures, to be added (+1) or taken back (-1); absent parts count 0. */
	record SignedCount(int sign, LocalDate day, ReturnCategory category, int persons, String[] destination,
			String originCountry, String originAdm1, String entryPoint, int female, int male, int[] ages) {
	}
}
