package org.homeward.statedfigures.internal;

import java.util.List;

import org.homeward.returns.ReturnCategory;
import org.homeward.statedfigures.FigurePeriod;
import org.homeward.statedfigures.StatedFigure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the stated figures as known now: each figure's current version, leaving out those retracted. */
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
				 order by f.as_of, f.figure_id""").param(source).query((row, n) -> {
					Integer days = row.getObject("period_days", Integer.class);
					String category = row.getString("category");
					return new StatedFigure(row.getString("figure_id"), row.getDate("as_of").toLocalDate(),
							new FigurePeriod(days),
							category == null ? null : ReturnCategory.valueOf(category), row.getString("origin_country"),
							row.getString("entry_point_code"), row.getString("adm1_code"), row.getLong("persons"),
							row.getString("url"));
				}).list();
	}
}
