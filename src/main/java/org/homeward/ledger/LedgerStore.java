package org.homeward.ledger;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.homeward.web.InputError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The SQL every ledger shares, over the tables a {@link LedgerTables} names: the import log, staging (through
 * {@code COPY} on PostgreSQL, batches of inserts on H2), the checks every batch passes, classifying staged rows
 * against the heads, appending versions and moving heads. All of it runs in the caller's transaction.
 */
@Component
public class LedgerStore {

	/** Rows staged at a time: what a streaming import holds in memory. */
	public static final int BATCH_SIZE = 2_000;

	/**
	 * From this many staged rows on, PostgreSQL's planner is told how many there are: with no statistics it takes a
	 * table filled in this very transaction for empty. Only for large batches: ANALYZE takes a lock that makes
	 * concurrent imports wait, and a small batch plans well without it.
	 */
	static final long ANALYZE_FROM_ROWS = 10_000;

	/** The imports a history scans for a user kept to a part of the ledger. */
	static final int IMPORTS_SCANNED = 500;

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final Database database;

	LedgerStore(JdbcClient jdbc, JdbcTemplate template, Database database) {
		this.jdbc = jdbc;
		this.template = template;
		this.database = database;
	}

	/** Opens an import in the log; its counts are filled in by {@link #finish}. */
	long startImport(LedgerTables tables, String idempotencyKey, String fileName, Instant at, String by) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into " + tables.importLog() + """
				 (idempotency_key, file_name, file_sha256, rows_read, created, superseded, unchanged, voided,
				  imported_at, imported_by)
				values (?, ?, '', 0, 0, 0, 0, 0, ?, ?)
				""").params(idempotencyKey, fileName, Timestamp.from(at), by).update(keys, "id");
		return keys.getKey().longValue();
	}

	void stage(LedgerTables tables, long importId, List<? extends StagedRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		int content = tables.stagedContent().size();
		String columns = "import_id, row_number, source_code, " + tables.key() + ", voided, "
				+ String.join(", ", tables.stagedContent()) + ", content_hash";
		if (database.isPostgres()) {
			// PostgreSQL's bulk load: one message for the batch instead of a statement per row
			CopyRows copy = new CopyRows(rows.size());
			for (StagedRow row : rows) {
				copy.value(importId).value(row.row()).text(row.sourceCode()).text(row.key()).value(row.voided());
				content(row, copy, content);
				copy.text(row.contentHash()).endRow();
			}
			database.copy("copy " + tables.staging() + " (" + columns + ") from stdin (format csv)", copy);
			return;
		}
		String values = String.join(", ", Collections.nCopies(content + 6, "?"));
		template.batchUpdate("insert into " + tables.staging() + " (" + columns + ") values (" + values + ")", rows,
				rows.size(), (statement, row) -> {
					statement.setLong(1, importId);
					statement.setLong(2, row.row());
					statement.setString(3, row.sourceCode());
					statement.setString(4, row.key());
					statement.setBoolean(5, row.voided());
					content(row, new StatementValues(statement, 6), content);
					statement.setString(6 + content, row.contentHash());
				});
	}

	/** The content of a row, or as many nulls for a void. */
	private static void content(StagedRow row, StagedValues values, int columns) {
		if (!row.voided()) {
			row.writeContent(values);
			return;
		}
		for (int i = 0; i < columns; i++) {
			values.text(null);
		}
	}

	void refreshStatistics(LedgerTables tables, long rows) {
		if (database.isPostgres() && rows >= ANALYZE_FROM_ROWS) {
			jdbc.sql("analyze " + tables.staging()).update();
		}
	}

	/**
	 * Rows naming a record an earlier row of the same batch already named: one grouping pass finds the ids used
	 * twice (usually none); only their rows are read again.
	 */
	List<InputError> keysUsedTwice(LedgerTables tables, long importId, String idColumn) {
		List<String[]> twice = jdbc.sql("select source_code, " + tables.key() + " from " + tables.staging()
				+ " where import_id = ? group by source_code, " + tables.key() + " having count(*) > 1 limit ?")
			.params(importId, BatchProblems.MAX_LISTED)
			.query((row, n) -> new String[] { row.getString(1), row.getString(2) }).list();
		List<InputError> errors = new ArrayList<>();
		for (String[] key : twice) {
			List<Long> rows = jdbc.sql("select row_number from " + tables.staging() + " where import_id = ? "
					+ "and source_code = ? and " + tables.key() + " = ? order by row_number")
				.params(importId, key[0], key[1]).query(Long.class).list();
			rows.subList(1, rows.size()).forEach(row -> errors.add(new InputError(row, idColumn, key[1], "Row "
					+ rows.get(0) + " already has this id for source " + key[0] + "; an id names one " + tables.noun()
					+ ".")));
		}
		return errors;
	}

	/** Void rows naming a record Homeward has never recorded. */
	List<InputError> voidsOfUnknownRecords(LedgerTables tables, long importId, String idColumn) {
		return jdbc.sql("select s.row_number, s." + tables.key() + " as record_key, s.source_code from "
				+ tables.stagedWithHeads() + " where s.import_id = ? and s.voided and h." + tables.key() + " is null"
				+ " order by s.row_number limit ?")
			.params(importId, BatchProblems.MAX_LISTED)
			.query((row, n) -> new InputError(row.getLong("row_number"), idColumn, row.getString("record_key"),
					noRecordToRetract(tables, row.getString("source_code"))))
			.list();
	}

	/** The refusal of a void whose record the source never sent. */
	public static String noRecordToRetract(LedgerTables tables, String source) {
		return "Source " + source + " has no " + tables.noun() + " with this id to retract.";
	}

	/** What applying the staged rows will do: records created, superseded, voided, and rows that change nothing. */
	ImportSummary classify(LedgerTables tables, long importId, long rowsRead) {
		String known = "h." + tables.key() + " is not null";
		return jdbc.sql("select "
				+ "coalesce(sum(case when h." + tables.key() + " is null then 1 else 0 end), 0) as created, "
				+ "coalesce(sum(case when " + known + " and not s.voided and (h.voided or h.content_hash <> s.content_hash) then 1 else 0 end), 0) as superseded, "
				+ "coalesce(sum(case when " + known + " and s.voided and not h.voided then 1 else 0 end), 0) as voided, "
				+ "coalesce(sum(case when " + known + " and not " + tables.changes() + " then 1 else 0 end), 0) as unchanged "
				+ "from " + tables.stagedWithHeads() + " where s.import_id = ?")
			.param(importId)
			.query((row, n) -> new ImportSummary(importId, rowsRead, row.getLong("created"), row.getLong("superseded"),
					row.getLong("unchanged"), row.getLong("voided"), List.of()))
			.single();
	}

	/**
	 * A version for every staged row that changes what is known: new content (a new record, a correction, content
	 * sent again for a voided record), or the version a void retracts, marked voided.
	 */
	void appendVersions(LedgerTables tables, long importId, Instant at, String by, String reason) {
		String into = "insert into " + tables.versions() + " (source_code, " + tables.key() + ", version, voided, "
				+ String.join(", ", tables.versionContent()) + ", content_hash, recorded_at, recorded_by, import_id, "
				+ "reason) ";
		Timestamp recordedAt = Timestamp.from(at);
		jdbc.sql(into + "select s.source_code, s." + tables.key() + ", coalesce(h.version, 0) + 1, false, "
				+ tables.versionContentOf("s") + ", s.content_hash, ?, ?, s.import_id, ? from "
				+ tables.stagedWithHeads() + " where s.import_id = ? and not s.voided and " + tables.changes())
			.params(recordedAt, by, reason, importId).update();
		jdbc.sql(into + "select r.source_code, r." + tables.key() + ", h.version + 1, true, "
				+ tables.versionContentOf("r") + ", r.content_hash, ?, ?, s.import_id, ? from "
				+ tables.stagedWithHeads() + " join " + tables.versions() + " r on r.id = h.version_id "
				+ "where s.import_id = ? and s.voided and not h.voided")
			.params(recordedAt, by, reason, importId).update();
	}

	/** Points each record's head at the version the import appended. */
	void moveHeads(LedgerTables tables, long importId) {
		jdbc.sql("merge into " + tables.heads() + " h using (select source_code, " + tables.key()
				+ ", version, id, content_hash, voided from " + tables.versions() + " where import_id = ?) v"
				+ " on h.source_code = v.source_code and h." + tables.key() + " = v." + tables.key() + """
				 when matched then update set version = v.version, version_id = v.id, content_hash = v.content_hash,
				      voided = v.voided
				""" + " when not matched then insert (source_code, " + tables.key()
				+ ", version, version_id, content_hash, voided) values (v.source_code, v." + tables.key()
				+ ", v.version, v.id, v.content_hash, v.voided)")
			.param(importId).update();
	}

	void clearStaging(LedgerTables tables, long importId) {
		jdbc.sql("delete from " + tables.staging() + " where import_id = ?").param(importId).update();
	}

	/** Stores the import's answer with its key: what the same key is answered with again. */
	void finish(LedgerTables tables, long importId, ImportSummary summary, String fileSha256, String ignoredColumns) {
		jdbc.sql("update " + tables.importLog() + """
				   set file_sha256 = ?, rows_read = ?, created = ?, superseded = ?, unchanged = ?, voided = ?,
				       ignored_columns = ?
				 where id = ?
				""").params(fileSha256, summary.rows(), summary.created(), summary.superseded(), summary.unchanged(),
				summary.voided(), ignoredColumns, importId).update();
	}

	/** The import an account made with an idempotency key, if it made one. */
	public Optional<PreviousImport> previousImport(LedgerTables tables, String account, String idempotencyKey) {
		return jdbc.sql("select " + PreviousImport.COLUMNS + " from " + tables.importLog()
				+ " where imported_by = ? and idempotency_key = ?")
			.params(account, idempotencyKey).query((row, n) -> PreviousImport.of(row)).optional();
	}

	/**
	 * The latest applied imports of a ledger, newest first. A refused import wrote nothing, so it is not there. For
	 * a user kept to a part of the ledger, {@code withinReach} answers which of a list of imports wrote only records
	 * the user may read; the user's own imports are theirs to see whatever their area is today. Only the latest
	 * {@link #IMPORTS_SCANNED} imports are looked at, so that a page never reads the whole log for such a user.
	 */
	public List<LoggedImport> latestImports(LedgerTables tables, int limit, String account,
			java.util.function.Function<List<Long>, java.util.Set<Long>> withinReach) {
		String select = "select id, file_name, imported_at, imported_by, rows_read, created, superseded, unchanged, "
				+ "voided from " + tables.importLog() + " order by imported_at desc, id desc limit ?";
		List<LoggedImport> latest = jdbc.sql(select).param(withinReach == null ? limit : IMPORTS_SCANNED)
			.query((row, n) -> new LoggedImport(row.getLong("id"), row.getString("file_name"),
					row.getTimestamp("imported_at").toInstant(), row.getString("imported_by"), row.getLong("rows_read"),
					row.getLong("created"), row.getLong("superseded"), row.getLong("unchanged"), row.getLong("voided")))
			.list();
		if (withinReach == null) {
			return latest;
		}
		java.util.Set<Long> reached = latest.isEmpty() ? java.util.Set.of()
				: withinReach.apply(latest.stream().map(LoggedImport::id).toList());
		return latest.stream().filter(logged -> logged.importedBy().equals(account) || reached.contains(logged.id()))
			.limit(limit).toList();
	}

	/** Whether any source has sent a record to the ledger. */
	public boolean holdsAny(LedgerTables tables) {
		return jdbc.sql("select count(*) from (select 1 from " + tables.heads() + " limit 1) any_record")
			.query(Long.class).single() > 0;
	}

	/** The parameters of an insert on H2, bound in column order; a null is bound with its column's type. */
	private static final class StatementValues implements StagedValues {

		private final PreparedStatement statement;
		private int index;

		StatementValues(PreparedStatement statement, int first) {
			this.statement = statement;
			this.index = first;
		}

		@Override
		public StagedValues text(String value) {
			return bind(value, Types.VARCHAR);
		}

		@Override
		public StagedValues number(Integer value) {
			return bind(value, Types.INTEGER);
		}

		@Override
		public StagedValues day(LocalDate value) {
			return bind(value == null ? null : java.sql.Date.valueOf(value), Types.DATE);
		}

		private StagedValues bind(Object value, int type) {
			try {
				if (value == null) {
					statement.setNull(index++, type);
				}
				else {
					statement.setObject(index++, value, type);
				}
			}
			catch (SQLException e) {
				throw new IllegalStateException("A staged value could not be bound", e);
			}
			return this;
		}
	}
}
