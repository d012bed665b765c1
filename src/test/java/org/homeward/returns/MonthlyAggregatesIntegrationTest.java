package org.homeward.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.TestSources;
import org.homeward.support.Uploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures by origin and by destination read whole months from the monthly aggregates and the rest from the daily
 * ones. Over random periods (open or not, starting and ending inside months, on their first or last days, across a
 * new year), after corrections that move records to other months and voids, they equal the same sums over the
 * current versions of the records themselves.
 */
@HomewardIntegrationTest
class MonthlyAggregatesIntegrationTest {

	private static final String SOURCE = "MONTHS";
	private static final LocalDate FIRST_DAY = LocalDate.of(2017, 11, 20);
	private static final int DAYS = 120;
	private static final String[] REFUGEE_ORIGINS = { "LBN,,JDAYDET_YABOUS", "LBN,,JOUSIEH", "LBN,,", "JOR,," };
	private static final String[] DESTINATIONS = { "SY01,", "SY02,SY0200", "SY02,", "SY05," };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReturnFigures figures;

	@Test
	void figuresOverAnyPeriodEqualTheRecordsAfterCorrectionsAndVoids() throws Exception {
		TestSources.register(jdbc, SOURCE);
		Random random = new Random(3);
		List<String> rows = new ArrayList<>();
		for (int id = 0; id < 400; id++) {
			rows.add(row(id, random));
		}
		importRows(rows);
		StringBuilder changes = new StringBuilder(HxlCsv.returns(List.of())
			.replace("\n" + HxlCsv.RETURN_COLUMNS, ",Void\n" + HxlCsv.RETURN_COLUMNS + ",#meta+void"));
		for (int id = 0; id < 400; id += 5) {
			changes.append(random.nextBoolean() ? row(id, random) + "," : "r" + id + "," + SOURCE + ",".repeat(11) + "true")
				.append('\n');
		}
		Uploads.csv(mvc, "/api/v1/imports/returns", changes.toString());

		List<LocalDate[]> periods = new ArrayList<>();
		periods.add(new LocalDate[] { null, LocalDate.of(2018, 3, 31) });
		periods.add(new LocalDate[] { LocalDate.of(2017, 12, 1), LocalDate.of(2018, 1, 31) });
		periods.add(new LocalDate[] { LocalDate.of(2017, 12, 2), LocalDate.of(2018, 1, 30) });
		periods.add(new LocalDate[] { LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 1) });
		periods.add(new LocalDate[] { null, LocalDate.of(2017, 11, 30) });
		for (int i = 0; i < 40; i++) {
			LocalDate to = FIRST_DAY.plusDays(random.nextInt(DAYS + 10) - 5);
			LocalDate from = random.nextInt(3) == 0 ? null : to.minusDays(random.nextInt(90));
			periods.add(new LocalDate[] { from, to });
		}
		List<Current> records = currentVersions();
		assertThat(records).as("records left after the voids").hasSizeGreaterThan(300);
		int nonEmpty = 0;
		for (LocalDate[] period : periods) {
			for (ReturnCategory category : new ReturnCategory[] { null, ReturnCategory.IDP_RETURNEE,
					ReturnCategory.REFUGEE_RETURNEE }) {
				FigureQuery query = new FigureQuery(SOURCE, period[0], period[1], category, null);
				for (Breakdown breakdown : List.of(Breakdown.ORIGIN_COUNTRY, Breakdown.ENTRY_POINT,
						Breakdown.ORIGIN_GOVERNORATE, Breakdown.GOVERNORATE, Breakdown.DISTRICT)) {
					Map<String, Long> expected = fromRecords(records, query, breakdown);
					assertThat(figures.by(breakdown, query))
						.as("%s from %s to %s, %s", breakdown, period[0], period[1], category)
						.isEqualTo(expected);
					nonEmpty += expected.isEmpty() ? 0 : 1;
				}
			}
		}
		assertThat(nonEmpty).as("figures compared that are not empty").isGreaterThan(400);
		assertMonthsSumTheirDays();
	}

	/** Every monthly row is the sum of its month's daily rows, as the migration that created them computed it. */
	private void assertMonthsSumTheirDays() {
		String month = "cast(date_trunc('month', cast(returned_on as timestamp)) as date)";
		assertThat(jdbc.sql("select month_start, category, origin_country, origin_adm1_code, entry_point_code, persons "
				+ "from return_month_origin where source_code = ? order by 1, 2, 3, 4, 5").param(SOURCE)
			.query(MonthlyAggregatesIntegrationTest::line).list())
			.hasSizeGreaterThan(20)
			.isEqualTo(jdbc.sql("select " + month + " as month_start, category, origin_country, origin_adm1_code, "
					+ "entry_point_code, sum(persons) as persons from return_day_origin where source_code = ? group by "
					+ month + ", category, origin_country, origin_adm1_code, entry_point_code order by 1, 2, 3, 4, 5")
				.param(SOURCE).query(MonthlyAggregatesIntegrationTest::line).list());
		assertThat(jdbc.sql("select month_start, category, place_code, admin_level, persons from return_month_place "
				+ "where source_code = ? order by 1, 2, 3").param(SOURCE).query(MonthlyAggregatesIntegrationTest::line)
			.list())
			.hasSizeGreaterThan(20)
			.isEqualTo(jdbc.sql("select " + month + " as month_start, category, place_code, max(admin_level) as admin_level, "
					+ "sum(persons) as persons from return_day_place where source_code = ? group by " + month
					+ ", category, place_code order by 1, 2, 3").param(SOURCE).query(MonthlyAggregatesIntegrationTest::line).list());
	}

	/** A result row as text, so that a sum and a stored count of another numeric type compare equal. */
	private static String line(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		StringBuilder line = new StringBuilder();
		for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
			line.append(row.getString(column)).append('|');
		}
		return line.toString();
	}

	private static String row(int id, Random random) {
		LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
		boolean refugee = random.nextBoolean();
		String origin = refugee ? REFUGEE_ORIGINS[random.nextInt(REFUGEE_ORIGINS.length)]
				: (random.nextBoolean() ? ",SY04," : ",,");
		return "r" + id + "," + SOURCE + "," + day + "," + (refugee ? "refugee_returnee" : "idp_returnee") + ","
				+ (1 + random.nextInt(500)) + "," + DESTINATIONS[random.nextInt(DESTINATIONS.length)] + "," + origin
				+ ",,";
	}

	private void importRows(List<String> rows) throws Exception {
		Uploads.csv(mvc, "/api/v1/imports/returns", HxlCsv.returns(rows));
	}

	/** A record's current version, as far as these figures read it. */
	private record Current(LocalDate day, ReturnCategory category, int persons, Map<Breakdown, String> keys) {
	}

	/** The source's current versions, read once: the test's figures are summed from them in memory. */
	private List<Current> currentVersions() {
		return jdbc.sql("""
				select r.returned_on, r.category, r.persons, r.origin_country, r.entry_point_code, r.origin_adm1_code,
				       r.adm1_code, r.adm2_code
				  from return_record_head h join return_record r on r.id = h.version_id
				 where h.source_code = ? and not h.voided
				""").param(SOURCE).query((row, n) -> {
			Map<Breakdown, String> keys = new java.util.EnumMap<>(Breakdown.class);
			keys.put(Breakdown.ORIGIN_COUNTRY, row.getString("origin_country"));
			keys.put(Breakdown.ENTRY_POINT, row.getString("entry_point_code"));
			keys.put(Breakdown.ORIGIN_GOVERNORATE, row.getString("origin_adm1_code"));
			keys.put(Breakdown.GOVERNORATE, row.getString("adm1_code"));
			keys.put(Breakdown.DISTRICT, row.getString("adm2_code"));
			return new Current(row.getDate("returned_on").toLocalDate(),
					ReturnCategory.valueOf(row.getString("category")), row.getInt("persons"), keys);
		}).list();
	}

	/** The same figure summed over the records' current versions. */
	private static Map<String, Long> fromRecords(List<Current> records, FigureQuery query, Breakdown breakdown) {
		Map<String, Long> sums = new TreeMap<>();
		records.stream().filter(record -> query.covers(record.day(), record.category())).forEach(record -> {
			String key = record.keys().get(breakdown);
			if (key != null && !key.isBlank()) {
				sums.merge(key.strip(), (long) record.persons(), Long::sum);
			}
		});
		sums.values().removeIf(value -> value == 0);
		return sums;
	}
}
