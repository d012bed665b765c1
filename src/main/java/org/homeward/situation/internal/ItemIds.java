package org.homeward.situation.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ids of the situation items kept in versions: legal acts and coordination actions draw on one sequence. */
@Repository
public class ItemIds {

	private final JdbcClient jdbc;

	ItemIds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long next() {
		return jdbc.sql("select nextval('situation_item_id')").query(Long.class).single();
	}
}
