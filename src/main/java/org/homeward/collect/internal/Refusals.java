package org.homeward.collect.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The submissions refused, one row each time one is: what the phone was told and what is known of the submission
 * without what it said (its form and {@code instanceID}, who sent it, when). Written outside the submission's own
 * transaction, which a refusal rolls back.
 */
@Repository
class Refusals {

	/** The longest reason kept; the phone was told it whole. */
	static final int MAX_REASON = 2000;

	private final JdbcClient jdbc;

	Refusals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One refusal; the form and the instanceID are null when the submission could not be read that far. */
	record Refusal(Instant at, String by, String device, Submission.Channel channel, String source, String formId,
			String instanceId, String reason) {
	}

	void note(Refusal refusal) {
		jdbc.sql("""
				insert into collect_refusal (refused_at, refused_by, device, channel, source_code, form_id, instance_id,
				    reason)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(Timestamp.from(refusal.at()), refusal.by(), refusal.device(), refusal.channel().prefix(),
				refusal.source(), cut(refusal.formId(), 64), cut(refusal.instanceId(), 100),
				cut(refusal.reason(), MAX_REASON)).update();
	}

	private static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}
}
