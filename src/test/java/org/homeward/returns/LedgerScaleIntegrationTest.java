package org.homeward.returns;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.TestSources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A figure reads daily aggregates whose size follows days and places, not records: doubling a ledger of half a
 * million records to a million leaves the rows a figure reads unchanged, and the figures still equal a
 * hand-written query over the raw ledger. (Timings are measured in bench/, not asserted here.)
 */
@HomewardIntegrationTest
@WithMockUser(username = "scale-test")
class LedgerScaleIntegrationTest {

	static final int HALF = 500_000;
	static final int DAYS = 100;
	static final LocalDate FIRST_DAY = LocalDate.of(2018, 7, 1);

	@Autowired
	ReturnsLedger ledger;

	@Autowired
	ReturnFigures figures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFiguresCostDoesNotGrowWithTheLedger() {
		TestSources.register(jdbc, "SCALE");
		ledger.record(batch(0));
		long aggregateRowsAtHalf = aggregateRows();
		assertFiguresEqualTheRawLedger();

		ledger.record(batch(HALF));
		assertThat(jdbc.sql("select count(*) from return_record where source_code = 'SCALE'").query(Long.class).single())
			.isEqualTo(2L * HALF);
		assertThat(aggregateRows()).isEqualTo(aggregateRowsAtHalf)
			.isLessThanOrEqualTo(DAYS * 2L /* categories */ + DAYS * 2L * 14 /* governorates */);
		assertFiguresEqualTheRawLedger();
	}

	private void assertFiguresEqualTheRawLedger() {
		LocalDate asOf = FIRST_DAY.plusDays(DAYS - 1);
		long fromLedger = jdbc.sql("""
				select coalesce(sum(r.persons), 0) from return_record r
				  join return_record_head h on h.version_id = r.id
				 where r.source_code = 'SCALE' and not h.voided and r.returned_on <= ?
				""").param(java.sql.Date.valueOf(asOf)).query(Long.class).single();
		long lastWeekFromLedger = jdbc.sql("""
				select coalesce(sum(r.persons), 0) from return_record r
				  join return_record_head h on h.version_id = r.id
				 where r.source_code = 'SCALE' and not h.voided and r.returned_on between ? and ?
				""").params(java.sql.Date.valueOf(asOf.minusDays(6)), java.sql.Date.valueOf(asOf)).query(Long.class).single();
		assertThat(figures.persons(FigureQuery.asOf("SCALE", asOf, null))).isEqualTo(fromLedger);
		assertThat(figures.persons(new FigureQuery("SCALE", asOf.minusDays(6), asOf, null, null)))
			.isEqualTo(lastWeekFromLedger);
		Map<String, Long> byGovernorate = figures.by(Breakdown.GOVERNORATE, FigureQuery.asOf("SCALE", asOf, null));
		assertThat(byGovernorate.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(fromLedger);
	}

	private long aggregateRows() {
		return jdbc.sql("select count(*) from return_day_total where source_code = 'SCALE'").query(Long.class).single()
				+ jdbc.sql("select count(*) from return_day_place where source_code = 'SCALE'").query(Long.class).single();
	}

	/** Half a million records of 1 to 9 persons spread over 100 days, both categories and the 14 governorates. */
	private static ReturnBatch batch(int firstId) {
		Map<ReturnField, String> columns = new EnumMap<>(ReturnField.class);
		for (ReturnField field : ReturnField.values()) {
			columns.put(field, field.name().toLowerCase(java.util.Locale.ROOT));
		}
		Iterator<ReturnRowInput> rows = new Iterator<>() {
			int next = firstId;

			@Override
			public boolean hasNext() {
				return next < firstId + HALF;
			}

			@Override
			public ReturnRowInput next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				int id = next++;
				boolean refugee = id % 3 == 0;
				Map<ReturnField, String> values = new EnumMap<>(ReturnField.class);
				values.put(ReturnField.RECORD_ID, "s" + id);
				values.put(ReturnField.SOURCE, "SCALE");
				values.put(ReturnField.DAY, FIRST_DAY.plusDays(id % DAYS).toString());
				values.put(ReturnField.CATEGORY, refugee ? "refugee_returnee" : "idp_returnee");
				values.put(ReturnField.PERSONS, Integer.toString(1 + id % 9));
				values.put(ReturnField.ADM1, String.format("SY%02d", 1 + id % 14));
				if (refugee) {
					values.put(ReturnField.ORIGIN_COUNTRY, id % 2 == 0 ? "LBN" : "TUR");
				}
				return new ReturnRowInput(id + 3L, values);
			}
		};
		return new ReturnBatch("scale-" + firstId, null, columns, List.of(), rows, () -> "", null);
	}
}
