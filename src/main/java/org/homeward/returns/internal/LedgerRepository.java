package org.homeward.returns.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.homeward.returns.ReturnCategory;
import org.homeward.returns.ReturnCount;
import org.homeward.returns.ReturnVersion;
import org.homeward.ledger.CopyRows;
import org.homeward.ledger.Database;
import org.homeward.ledger.ImportSummary;
import org.homeward.ledger.PreviousImport;
import org.homeward.ledger.ImportSteps;
import org.homeward.web.InputError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes the returns ledger. A batch of rows (a file, or one record from the API) is staged, checked as a whole,
 * then applied with a few set-based statements: new versions are appended, the head pointers move, and the daily
 * aggregates are adjusted by exactly what changed. All of it runs in the caller's transaction.
 */
@Repository
class LedgerRepository {

	static final int BATCH_SIZE = 2_000;
	static final long ANALYZE_FROM_ROWS = 10_000;

	/** The first day of a day's month, in SQL that H2 and PostgreSQL both read. */
	static final String MONTH_OF_DAY = "cast(date_trunc('month', cast(returned_on as timestamp)) as date)";

	/** The columns a version shares with a staged row and an aggregate delta, in this order. */
	private static final String CONTENT_COLUMNS = """
			returned_on, category, persons, adm1_code, adm2_code, adm3_code, adm4_code, origin_country, origin_adm1_code,
			entry_point_code, female, male, age_0_4, age_5_11, age_12_17, age_18_59, age_60_plus, households""";

	private static final String HEAD_OF_STAGED = """
			return_import_row s
			left join return_record_head h on h.source_code = s.source_code and h.record_id = s.record_id""";

	/** A staged row that changes what is known: a new record, new content, a void, or content for a void record. */
	private static final String CHANGES = """
			(h.record_id is null or s.voided <> h.voided or (not s.voided and h.content_hash <> s.content_hash))""";

	/** The SQL types of {@link #CONTENT_COLUMNS}, for binding the nulls of a void. */
	private static final int[] CONTENT_TYPES = { Types.DATE, Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.CHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
			Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER };

	private static final String COPY_INTO_STAGING = "copy return_import_row (import_id, row_number, source_code, "
			+ "record_id, voided, " + CONTENT_COLUMNS + ", content_hash) from stdin (format csv)";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final JdbcTemplate streaming;

	private final Database database;

	LedgerRepository(JdbcClient jdbc, JdbcTemplate template, Database database) {
		this.jdbc = jdbc;
		this.template = template;
		// exports: versions stream through in pages instead of arriving all at once
		this.streaming = database.streaming();
		this.database = database;
	}

	/** Opens a batch; its counts are filled in by {@link #finish}. */
	long startImport(String idempotencyKey, String fileName, Instant at, String by) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into return_import (idempotency_key, file_name, file_sha256, rows_read, created, superseded,
				                           unchanged, voided, imported_at, imported_by)
				values (?, ?, '', 0, 0, 0, 0, 0, ?, ?)
				""").params(idempotencyKey, fileName, Timestamp.from(at), by).update(keys, "id");
		return keys.getKey().longValue();
	}

	void stage(long importId, List<ValidatedRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		if (database.isPostgres()) {
			copyIntoStaging(importId, rows);
			return;
		}
		template.batchUpdate("insert into return_import_row (import_id, row_number, source_code, record_id, voided, "
				+ CONTENT_COLUMNS + ", content_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows, rows.size(), (statement, row) -> {
					statement.setLong(1, importId);
					statement.setLong(2, row.row());
					statement.setString(3, row.sourceCode());
					statement.setString(4, row.recordId());
					statement.setBoolean(5, row.voided());
					bindContent(statement, 6, row.content());
					statement.setString(24, row.contentHash());
				});
	}

	/** On PostgreSQL the rows are staged with {@code COPY}, the database's bulk load. */
	private void copyIntoStaging(long importId, List<ValidatedRow> rows) {
		CopyRows copy = new CopyRows(rows.size());
		for (ValidatedRow row : rows) {
			copy.value(importId).value(row.row()).text(row.sourceCode()).text(row.recordId()).value(row.voided());
			ReturnCount content = row.content();
			if (content == null) {
				for (int i = 0; i < CONTENT_TYPES.length; i++) {
					copy.value(null);
				}
			}
			else {
				copy.value(content.day()).text(content.category().name()).value(content.persons())
					.text(content.destination().adm1()).text(content.destination().adm2())
					.text(content.destination().adm3()).text(content.destination().adm4()).text(content.originCountry())
					.text(content.originAdm1()).text(content.entryPoint()).value(content.female()).value(content.male())
					.value(content.ages().age0to4()).value(content.ages().age5to11()).value(content.ages().age12to17())
					.value(content.ages().age18to59()).value(content.ages().age60plus()).value(content.households());
			}
			copy.text(row.contentHash()).endRow();
		}
		database.copy(COPY_INTO_STAGING, copy);
	}

	/**
	 * Rows naming a record an earlier row of the same batch already named: one grouping pass finds the ids used
	 * twice (usually none); only their rows are read again.
	 */
	List<InputError> duplicatedRecords(long importId, String idColumn, int limit) {
		List<String[]> twice = jdbc.sql("""
				select source_code, record_id from return_import_row where import_id = ?
				 group by source_code, record_id having count(*) > 1
				 limit ?
				""").params(importId, limit).query((row, n) -> new String[] { row.getString(1), row.getString(2) }).list();
		List<InputError> errors = new java.util.ArrayList<>();
		for (String[] key : twice) {
			List<Long> rows = jdbc.sql("""
					select row_number from return_import_row
					 where import_id = ? and source_code = ? and record_id = ? order by row_number
					""").params(importId, key[0], key[1]).query(Long.class).list();
			rows.subList(1, rows.size()).forEach(row -> errors.add(new InputError(row, idColumn, key[1], "Row "
					+ rows.get(0) + " already has this id for source " + key[0] + "; an id names one record.")));
		}
		errors.sort(java.util.Comparator.comparing(InputError::row));
		return errors.subList(0, Math.min(limit, errors.size()));
	}

	/**
	 * Lets PostgreSQL's planner see how many rows were staged: it plans the set-based statements that follow,
	 * and with no statistics it takes a table filled in this very transaction for empty. Only for large batches:
	 * ANALYZE takes a lock that makes concurrent imports wait, and a small batch plans well without it.
	 */
	void refreshStagingStatistics(long rows) {
		if (database.isPostgres() && rows >= ANALYZE_FROM_ROWS) {
			jdbc.sql("analyze return_import_row").update();
		}
	}

	/** Void rows naming a record Homeward has never recorded. */
	List<InputError> voidsOfUnknownRecords(long importId, String idColumn, int limit) {
		return jdbc.sql("select s.row_number, s.record_id, s.source_code from " + HEAD_OF_STAGED + """

				 where s.import_id = ? and s.voided and h.record_id is null
				 order by s.row_number
				 limit ?
				""").params(importId, limit).query((row, n) -> new InputError(row.getLong("row_number"), idColumn,
						row.getString("record_id"), noRecordToRetract(row.getString("source_code")))).list();
	}

	/** The refusal of a void whose record the source never sent. */
	static String noRecordToRetract(String source) {
		return "Source " + source + " has no record with this id to retract.";
	}

	/** Applies a checked batch: aggregates first (they need the old heads), then versions, then heads. */
	ImportSummary apply(long importId, long rowsRead, Instant at, String by, String reason, ImportSteps steps) {
		ImportSummary summary = classify(importId, rowsRead);
		collectDelta(importId);
		steps.done("changes");
		adjustAggregates(importId);
		steps.done("aggregates");
		appendVersions(importId, at, by, reason);
		steps.done("versions");
		moveHeads(importId);
		steps.done("heads");
		jdbc.sql("delete from return_import_delta where import_id = ?").param(importId).update();
		jdbc.sql("delete from return_import_row where import_id = ?").param(importId).update();
		return summary;
	}

	void finish(long importId, ImportSummary summary, String fileSha256, String ignoredColumns) {
		jdbc.sql("""
				update return_import
				   set file_sha256 = ?, rows_read = ?, created = ?, superseded = ?, unchanged = ?, voided = ?,
				       ignored_columns = ?
				 where id = ?
				""").params(fileSha256, summary.rows(), summary.created(), summary.superseded(), summary.unchanged(),
				summary.voided(), ignoredColumns, importId).update();
	}

	/** The answer of the import that was made with an idempotency key, if any. */
	Optional<PreviousImport> findByIdempotencyKey(String account, String key) {
		return jdbc.sql("select " + PreviousImport.COLUMNS + " from return_import where imported_by = ? and idempotency_key = ?")
			.params(account, key).query((row, n) -> PreviousImport.of(row)).optional();
	}

	private ImportSummary classify(long importId, long rowsRead) {
		return jdbc.sql("select "
				+ "coalesce(sum(case when h.record_id is null then 1 else 0 end), 0) as created, "
				+ "coalesce(sum(case when h.record_id is not null and not s.voided and (h.voided or h.content_hash <> s.content_hash) then 1 else 0 end), 0) as superseded, "
				+ "coalesce(sum(case when h.record_id is not null and s.voided and not h.voided then 1 else 0 end), 0) as voided, "
				+ "coalesce(sum(case when h.record_id is not null and not " + CHANGES + " then 1 else 0 end), 0) as unchanged "
				+ "from " + HEAD_OF_STAGED + " where s.import_id = ?")
				.param(importId)
				.query((row, n) -> new ImportSummary(importId, rowsRead, row.getLong("created"), row.getLong("superseded"),
						row.getLong("unchanged"), row.getLong("voided"), List.of()))
				.single();
	}

	private void collectDelta(long importId) {
		String into = "insert into return_import_delta (import_id, sign, source_code, " + CONTENT_COLUMNS + ") ";
		// minus the current version of every record the batch changes (a voided record counts nothing already)
		jdbc.sql(into + "select s.import_id, -1, r.source_code, " + prefixed("r") + " from " + HEAD_OF_STAGED
				+ " join return_record r on r.id = h.version_id where s.import_id = ? and not h.voided and " + CHANGES)
				.param(importId).update();
		// plus the new content
		jdbc.sql(into + "select s.import_id, 1, s.source_code, " + prefixed("s") + " from " + HEAD_OF_STAGED
				+ " where s.import_id = ? and not s.voided and " + CHANGES)
				.param(importId).update();
	}

	private void adjustAggregates(long importId) {
		jdbc.sql("""
				merge into return_day_total t
				using (select source_code, returned_on, category, sum(sign) as records, sum(sign * persons) as persons,
				              sum(sign * coalesce(female, 0)) as female, sum(sign * coalesce(male, 0)) as male,
				              sum(sign * coalesce(age_0_4, 0)) as age_0_4, sum(sign * coalesce(age_5_11, 0)) as age_5_11,
				              sum(sign * coalesce(age_12_17, 0)) as age_12_17,
				              sum(sign * coalesce(age_18_59, 0)) as age_18_59,
				              sum(sign * coalesce(age_60_plus, 0)) as age_60_plus,
				              sum(sign * coalesce(households, 0)) as households
				         from return_import_delta where import_id = ?
				        group by source_code, returned_on, category) d
				   on t.source_code = d.source_code and t.returned_on = d.returned_on and t.category = d.category
				 when matched then update set records = t.records + d.records, persons = t.persons + d.persons,
				      female = t.female + d.female, male = t.male + d.male, age_0_4 = t.age_0_4 + d.age_0_4,
				      age_5_11 = t.age_5_11 + d.age_5_11, age_12_17 = t.age_12_17 + d.age_12_17,
				      age_18_59 = t.age_18_59 + d.age_18_59, age_60_plus = t.age_60_plus + d.age_60_plus,
				      households = t.households + d.households
				 when not matched then insert (source_code, returned_on, category, records, persons, female, male, age_0_4,
				      age_5_11, age_12_17, age_18_59, age_60_plus, households)
				      values (d.source_code, d.returned_on, d.category, d.records, d.persons, d.female, d.male, d.age_0_4,
				      d.age_5_11, d.age_12_17, d.age_18_59, d.age_60_plus, d.households)
				""").param(importId).update();
		adjustByOriginAndPlace(importId, "return_day_origin", "return_day_place", "returned_on", "returned_on");
		adjustByOriginAndPlace(importId, "return_month_origin", "return_month_place", "month_start", MONTH_OF_DAY);
	}

	/**
	 * Adjusts the aggregates by origin and by destination of one time unit (a day, or the month a day is in: the
	 * expression maps a delta's day to the unit's column).
	 */
	private void adjustByOriginAndPlace(long importId, String originTable, String placeTable, String unit,
			String unitOfDay) {
		jdbc.sql("""
				merge into %1$s t
				using (select source_code, %3$s as %2$s, category, coalesce(origin_country, '') as origin_country,
				              coalesce(origin_adm1_code, '') as origin_adm1_code,
				              coalesce(entry_point_code, '') as entry_point_code, sum(sign * persons) as persons
				         from return_import_delta where import_id = ?
				        group by source_code, %3$s, category, coalesce(origin_country, ''), coalesce(origin_adm1_code, ''),
				                 coalesce(entry_point_code, '')) d
				   on t.source_code = d.source_code and t.%2$s = d.%2$s and t.category = d.category
				  and t.origin_country = d.origin_country and t.origin_adm1_code = d.origin_adm1_code
				  and t.entry_point_code = d.entry_point_code
				 when matched then update set persons = t.persons + d.persons
				 when not matched then insert (source_code, %2$s, category, origin_country, origin_adm1_code,
				      entry_point_code, persons)
				      values (d.source_code, d.%2$s, d.category, d.origin_country, d.origin_adm1_code, d.entry_point_code,
				      d.persons)
				""".formatted(originTable, unit, unitOfDay)).param(importId).update();
		StringBuilder byPlace = new StringBuilder();
		for (int level = 1; level <= 4; level++) {
			if (level > 1) {
				byPlace.append(" union all ");
			}
			byPlace.append("select source_code, ").append(unitOfDay).append(" as ").append(unit)
				.append(", category, adm").append(level).append("_code as place_code, ")
				.append(level).append(" as admin_level, sum(sign * persons) as persons from return_import_delta ")
				.append("where import_id = :id and adm").append(level).append("_code is not null ")
				.append("group by source_code, ").append(unitOfDay).append(", category, adm").append(level).append("_code");
		}
		jdbc.sql("merge into " + placeTable + " t using (" + byPlace + """
				) d
				   on t.source_code = d.source_code and t.%1$s = d.%1$s and t.category = d.category
				  and t.place_code = d.place_code
				 when matched then update set persons = t.persons + d.persons
				 when not matched then insert (source_code, %1$s, category, place_code, admin_level, persons)
				      values (d.source_code, d.%1$s, d.category, d.place_code, d.admin_level, d.persons)
				""".formatted(unit)).param("id", importId).update();
	}

	private void appendVersions(long importId, Instant at, String by, String reason) {
		String into = "insert into return_record (source_code, record_id, version, voided, " + CONTENT_COLUMNS
				+ ", content_hash, recorded_at, recorded_by, import_id, reason) ";
		Timestamp recordedAt = Timestamp.from(at);
		// new content: a new record, a correction, or content sent again for a voided record
		jdbc.sql(into + "select s.source_code, s.record_id, coalesce(h.version, 0) + 1, false, " + prefixed("s")
				+ ", s.content_hash, ?, ?, s.import_id, ? from " + HEAD_OF_STAGED
				+ " where s.import_id = ? and not s.voided and " + CHANGES)
				.params(recordedAt, by, reason, importId).update();
		// voids: the version they retract, marked voided
		jdbc.sql(into + "select r.source_code, r.record_id, h.version + 1, true, " + prefixed("r")
				+ ", r.content_hash, ?, ?, s.import_id, ? from " + HEAD_OF_STAGED
				+ " join return_record r on r.id = h.version_id where s.import_id = ? and s.voided and not h.voided")
				.params(recordedAt, by, reason, importId).update();
	}

	private void moveHeads(long importId) {
		jdbc.sql("""
				merge into return_record_head h
				using (select source_code, record_id, version, id, content_hash, voided
				         from return_record where import_id = ?) v
				   on h.source_code = v.source_code and h.record_id = v.record_id
				 when matched then update set version = v.version, version_id = v.id, content_hash = v.content_hash,
				      voided = v.voided
				 when not matched then insert (source_code, record_id, version, version_id, content_hash, voided)
				      values (v.source_code, v.record_id, v.version, v.id, v.content_hash, v.voided)
				""").param(importId).update();
	}

	private static String prefixed(String alias) {
		return alias + "." + CONTENT_COLUMNS.replace("\n", " ").replace(", ", ", " + alias + ".");
	}

	private static void bindContent(PreparedStatement statement, int first, ReturnCount content) throws SQLException {
		if (content == null) {
			for (int i = 0; i < CONTENT_TYPES.length; i++) {
				statement.setNull(first + i, CONTENT_TYPES[i]);
			}
			return;
		}
		statement.setDate(first, Date.valueOf(content.day()));
		statement.setString(first + 1, content.category().name());
		statement.setInt(first + 2, content.persons());
		statement.setString(first + 3, content.destination().adm1());
		statement.setString(first + 4, content.destination().adm2());
		statement.setString(first + 5, content.destination().adm3());
		statement.setString(first + 6, content.destination().adm4());
		statement.setString(first + 7, content.originCountry());
		statement.setString(first + 8, content.originAdm1());
		statement.setString(first + 9, content.entryPoint());
		setInteger(statement, first + 10, content.female());
		setInteger(statement, first + 11, content.male());
		setInteger(statement, first + 12, content.ages().age0to4());
		setInteger(statement, first + 13, content.ages().age5to11());
		setInteger(statement, first + 14, content.ages().age12to17());
		setInteger(statement, first + 15, content.ages().age18to59());
		setInteger(statement, first + 16, content.ages().age60plus());
		setInteger(statement, first + 17, content.households());
	}

	private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.INTEGER);
		}
		else {
			statement.setInt(index, value);
		}
	}

	/** Every version of a record, oldest first. */
	/** Receives the content a staged row's record has now, for rows naming a record already known. */
	interface KnownContent {
		void accept(long row, String source, String recordId, boolean voiding, ReturnCount known);
	}

	/** For each staged row of a known record, by row: the record's current content, and whether the row voids it. */
	void knownDestinationsOfStaged(long importId, KnownContent action) {
		jdbc.sql("select s.row_number, s.voided as voiding, r.* from " + HEAD_OF_STAGED + """

				  join return_record r on r.id = h.version_id
				 where s.import_id = ?
				 order by s.row_number
				""").param(importId).query((row, n) -> {
					action.accept(row.getLong("row_number"), row.getString("source_code"), row.getString("record_id"),
							row.getBoolean("voiding"), version(row).content());
					return null;
				}).list();
	}

	/** The current versions of the records matching a filter, newest day first; one more than the limit. */
	List<ReturnVersion> find(org.homeward.returns.RecordFilter filter, int offset, int limit) {
		List<Object> params = new java.util.ArrayList<>();
		StringBuilder sql = new StringBuilder("""
				select r.* from return_record_head h join return_record r on r.id = h.version_id
				 where h.source_code = ?
				""");
		params.add(filter.source());
		if (filter.from() != null) {
			sql.append(" and r.returned_on >= ?");
			params.add(java.sql.Date.valueOf(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and r.returned_on <= ?");
			params.add(java.sql.Date.valueOf(filter.to()));
		}
		if (filter.category() != null) {
			sql.append(" and r.category = ?");
			params.add(filter.category().name());
		}
		if (filter.place() != null) {
			sql.append(" and (r.adm1_code = ? or r.adm2_code = ? or r.adm3_code = ? or r.adm4_code = ? or r.entry_point_code = ?)");
			for (int i = 0; i < 5; i++) {
				params.add(filter.place());
			}
		}
		if (filter.recordId() != null) {
			sql.append(" and h.record_id = ?");
			params.add(filter.recordId());
		}
		if (filter.area() != null) {
			if (filter.area().isEmpty()) {
				return List.of();
			}
			String in = String.join(", ", java.util.Collections.nCopies(filter.area().size(), "?"));
			sql.append(" and (r.adm1_code in (").append(in).append(") or r.adm2_code in (").append(in)
				.append(") or r.adm3_code in (").append(in).append(") or r.adm4_code in (").append(in)
				.append(") or r.entry_point_code in (").append(in).append("))");
			for (int i = 0; i < 5; i++) {
				params.addAll(filter.area());
			}
		}
		if (!filter.includeVoided()) {
			sql.append(" and not h.voided");
		}
		sql.append(" order by r.returned_on desc, h.record_id limit ? offset ?");
		params.add(limit + 1);
		params.add(offset);
		return jdbc.sql(sql.toString()).params(params).query((row, n) -> version(row)).list();
	}

	List<ReturnVersion> versions(String source, String recordId) {
		return jdbc.sql("select * from return_record where source_code = ? and record_id = ? order by version")
			.params(source, recordId).query((row, n) -> version(row)).list();
	}

	private static ReturnVersion version(java.sql.ResultSet row) throws SQLException {
		ReturnCount content = new ReturnCount(row.getDate("returned_on").toLocalDate(),
				ReturnCategory.valueOf(row.getString("category")), row.getInt("persons"),
				new ReturnCount.Destination(row.getString("adm1_code"), row.getString("adm2_code"),
						row.getString("adm3_code"), row.getString("adm4_code")),
				strip(row.getString("origin_country")), row.getString("origin_adm1_code"),
				row.getString("entry_point_code"), integer(row, "female"), integer(row, "male"),
				new ReturnCount.AgeBreakdown(integer(row, "age_0_4"), integer(row, "age_5_11"),
						integer(row, "age_12_17"), integer(row, "age_18_59"), integer(row, "age_60_plus")),
				integer(row, "households"));
		long importId = row.getLong("import_id");
		return new ReturnVersion(row.getString("source_code"), row.getString("record_id"), row.getInt("version"),
				row.getBoolean("voided"), content, row.getTimestamp("recorded_at").toInstant(),
				row.getString("recorded_by"), row.wasNull() ? null : importId, row.getString("reason"));
	}

	private static Integer integer(java.sql.ResultSet row, String column) throws SQLException {
		int value = row.getInt(column);
		return row.wasNull() ? null : value;
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}

	/**
	 * Streams the versions that count for a source: the current ones, or those that were current at {@code knownAt};
	 * voided records are left out. In recording order.
	 */
	void forEachRecord(String source, Instant knownAt, java.util.function.Consumer<ReturnVersion> action) {
		if (knownAt == null) {
			streaming.query("""
					select r.* from return_record r join return_record_head h on h.version_id = r.id
					 where r.source_code = ? and not h.voided order by r.id
					""", (java.sql.ResultSet row) -> action.accept(version(row)), source);
			return;
		}
		Timestamp at = Timestamp.from(knownAt);
		streaming.query("""
				select r.* from return_record r
				 where r.source_code = ? and r.recorded_at <= ? and not r.voided
				   and r.version = (select max(x.version) from return_record x
				                     where x.source_code = r.source_code and x.record_id = r.record_id
				                       and x.recorded_at <= ?)
				 order by r.id
				""", (java.sql.ResultSet row) -> action.accept(version(row)), source, at, at);
	}

	/** Whether any source has sent a return record. */
	boolean hasRecords() {
		return jdbc.sql("select count(*) from (select 1 from return_record_head limit 1) any_record").query(Long.class)
			.single() > 0;
	}
}
