package org.homeward.situation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.homeward.situation.SituationItems.AidDelivery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL over the aid deliveries; every write is an insert. */
@Repository
public class AidDeliveryRepository {

	private final JdbcClient jdbc;

	AidDeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a delivery and answers the id it was given. */
	public long insert(AidDelivery aid) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into aid_delivery (delivered_on, place_code, what, quantity, unit, delivered_by, source_code,
				                          recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(Date.valueOf(aid.deliveredOn()), aid.place(), aid.what(), aid.quantity(), aid.unit(),
				aid.deliveredBy(), aid.source(), Timestamp.from(aid.recordedAt()), aid.recordedBy()).update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Aid delivered in the days {@code from}..{@code to}. */
	public List<AidDelivery> deliveredIn(LocalDate from, LocalDate to) {
		return jdbc.sql("select * from aid_delivery where delivered_on between ? and ? order by delivered_on, id")
			.params(Date.valueOf(from), Date.valueOf(to)).query(AidDeliveryRepository::aid).list();
	}

	private static AidDelivery aid(ResultSet row, int n) throws SQLException {
		return new AidDelivery(row.getLong("id"), row.getDate("delivered_on").toLocalDate(), row.getString("place_code"),
				row.getString("what"), row.getBigDecimal("quantity"), row.getString("unit"), row.getString("delivered_by"),
				row.getString("source_code"), row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by"));
	}
}
