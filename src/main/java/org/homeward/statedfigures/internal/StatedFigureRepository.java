package org.homeward.statedfigures.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.homeward.returns.ReturnCategory;
import org.homeward.statedfigures.FigurePeriod;
import org.homeward.statedfigures.QuotedFigure;
import org.homeward.statedfigures.StatedFigure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the stated figures as known now (each figure's current version, leaving out those retracted), or as known
 * at an earlier instant, for a briefing issued then.
 */
@Repository
public class StatedFigureRepository {

	private final JdbcClient jdbc;

	StatedFigureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A source's current figures, by day and then id. */
	public List<StatedFigure> current(String source) {
		return jdbc.sql("""
				select f.figure_id, f.as_of, f.period_days, f.category, f.origin_country, f.entry_point_code,
				       f.adm1_code, f.persons, f.url
				  from stated_figure_head h join stated_figure f on f.id = h.version_id
				 where h.source_code = ? and not h.voided
				 order by f.as_of, f.figure_id""").param(source).query((row, n) -> figure(row)).list();
	}

	/**
	 * The figures of every source but one whose day lies from {@code from} to {@code to}, each in its version as
	 * known at {@code knownAt}, those retracted by then left out; by source, day and id.
	 */
	public List<QuotedFigure> ofOtherSources(String source, LocalDate from, LocalDate to, Instant knownAt) {
		Timestamp at = Timestamp.from(knownAt);
		return jdbc.sql("""
				select f.source_code, f.figure_id, f.as_of, f.period_days, f.category, f.origin_country,
				       f.entry_point_code, f.adm1_code, f.persons, f.url
				  from stated_figure f
				 where f.source_code <> ? and f.recorded_at <= ? and not f.voided and f.as_of between ? and ?
				   and f.version = (select max(x.version) from stated_figure x
				                     where x.source_code = f.source_code and x.figure_id = f.figure_id
				                       and x.recorded_at <= ?)
				 order by f.source_code, f.as_of, f.figure_id""")
			.params(source, at, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to), at)
			.query((row, n) -> new QuotedFigure(row.getString("source_code"), figure(row))).list();
	}

	private static StatedFigure figure(ResultSet row) throws SQLException {
		Integer days = row.getObject("period_days", Integer.class);
		String category = row.getString("category");
		return new StatedFigure(row.getString("figure_id"), row.getDate("as_of").toLocalDate(), new FigurePeriod(days),
				category == null ? null : ReturnCategory.valueOf(category), row.getString("origin_country"),
				row.getString("entry_point_code"), row.getString("adm1_code"), row.getLong("persons"),
				row.getString("url"));
	}
}
