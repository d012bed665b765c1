package org.homeward.collect.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The submissions received, one row per source and {@code instanceID}: which form it filled and how many records
 * it stands in, so that one sent again is known as a correction and a household that lost a member retracts them.
 */
@Repository
class ReceivedSubmissions {

	private final JdbcClient jdbc;

	ReceivedSubmissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A submission as received before. */
	record Received(String formId, int records) {
	}

	Optional<Received> find(String source, String instanceId) {
		return jdbc.sql("""
				select form_id, records from collect_submission where source_code = ? and instance_id = ?
				""").params(source, instanceId)
			.query((row, n) -> new Received(row.getString("form_id"), row.getInt("records"))).optional();
	}

	/** Notes a submission the first time; a concurrent first of the same one fails on the key, as a lost race. */
	void first(String source, String instanceId, String formId, int records, Instant at, String by) {
		jdbc.sql("""
				insert into collect_submission (source_code, instance_id, form_id, records, first_received_at,
				    received_at, received_by)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(source, instanceId, formId, records, java.sql.Timestamp.from(at), java.sql.Timestamp.from(at),
				by).update();
	}

	/** Notes a submission received again. */
	void again(String source, String instanceId, int records, Instant at, String by) {
		jdbc.sql("""
				update collect_submission set records = ?, received_at = ?, received_by = ?
				where source_code = ? and instance_id = ?
				""").params(records, java.sql.Timestamp.from(at), by, source, instanceId).update();
	}
}
