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
		int nonEmpty = 0;
		for (LocalDate[] period : periods) {
			for (ReturnCategory category : new ReturnCategory[] { null, ReturnCategory.IDP_RETURNEE,
					ReturnCategory.REFUGEE_RETURNEE }) {
				FigureQuery query = new FigureQuery(SOURCE, period[0], period[1], category, null);
				for (Breakdown breakdown : List.of(Breakdown.ORIGIN_COUNTRY, Breakdown.ENTRY_POINT,
						Breakdown.ORIGIN_GOVERNORATE, Breakdown.GOVERNORATE, Breakdown.DISTRICT)) {
					Map<String, Long> expected = fromRecords(query, breakdown);
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

	/** The same figure summed over the records' current versions. */
	private Map<String, Long> fromRecords(FigureQuery query, Breakdown breakdown) {
		String column = switch (breakdown) {
			case ORIGIN_COUNTRY -> "origin_country";
			case ENTRY_POINT -> "entry_point_code";
			case ORIGIN_GOVERNORATE -> "origin_adm1_code";
			case GOVERNORATE -> "adm1_code";
			case DISTRICT -> "adm2_code";
			default -> throw new IllegalArgumentException(breakdown.name());
		};
		List<Object> params = new ArrayList<>(List.of(SOURCE, java.sql.Date.valueOf(query.to())));
		String where = "";
		if (query.from() != null) {
			where += " and r.returned_on >= ?";
			params.add(java.sql.Date.valueOf(query.from()));
		}
		if (query.category() != null) {
			where += " and r.category = ?";
			params.add(query.category().name());
		}
		Map<String, Long> sums = new TreeMap<>();
		jdbc.sql("select r." + column + " as k, sum(r.persons) as n from return_record r "
				+ "join return_record_head h on h.version_id = r.id "
				+ "where r.source_code = ? and not h.voided and r.returned_on <= ?" + where + " and r." + column
				+ " is not null and r." + column + " <> '' group by r." + column)
			.params(params)
			.query((java.sql.ResultSet row) -> {
				sums.put(row.getString("k").strip(), row.getLong("n"));
			});
		sums.values().removeIf(value -> value == 0);
		return sums;
	}
}
