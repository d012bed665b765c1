package org.homeward.collect.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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

	/**
	 * A submission received the first time: the day it counts for (null when its form left it out), when, by whom,
	 * and the name of the device key it came with (null when it came with a password or a token).
	 */
	record First(String source, String instanceId, String formId, int records, LocalDate countedOn, Instant at,
			String by, String device) {
	}

	/** Notes a submission the first time; a concurrent first of the same one fails on the key, as a lost race. */
	void first(First first) {
		jdbc.sql("""
				insert into collect_submission (source_code, instance_id, form_id, records, counted_on,
				    first_received_at, first_received_by, device, received_at, received_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(first.source(), first.instanceId(), first.formId(), first.records(), first.countedOn(),
				Timestamp.from(first.at()), first.by(), first.device(), Timestamp.from(first.at()), first.by())
			.update();
	}

	/** Notes a submission received again. */
	void again(String source, String instanceId, int records, Instant at, String by) {
		jdbc.sql("""
				update collect_submission set records = ?, received_at = ?, received_by = ?
				where source_code = ? and instance_id = ?
				""").params(records, Timestamp.from(at), by, source, instanceId).update();
	}
}
