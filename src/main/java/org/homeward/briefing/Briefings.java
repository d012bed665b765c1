package org.homeward.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.homeward.returns.Breakdown;
import org.homeward.returns.FigureQuery;
import org.homeward.returns.ReturnCategory;
import org.homeward.returns.ReturnFigures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes a briefing's figures from the modules' records. */
@Service
public class Briefings {

	private final ReturnFigures returns;

	Briefings(ReturnFigures returns) {
		this.returns = returns;
	}

	/** The figures as of a day, for the {@code days} days ending with it, from one source, as known at an instant. */
	@Transactional(readOnly = true)
	public BriefingFigures figures(LocalDate asOf, int days, String source, Instant knownAt) {
		LocalDate periodStart = asOf.minusDays(days - 1L);
		FigureQuery cumulative = FigureQuery.asOf(source, asOf, knownAt);
		Map<String, Long> byCategory = returns.by(Breakdown.CATEGORY, cumulative);
		long idp = byCategory.getOrDefault(ReturnCategory.IDP_RETURNEE.apiName(), 0L);
		long refugees = byCategory.getOrDefault(ReturnCategory.REFUGEE_RETURNEE.apiName(), 0L);
		long inPeriod = returns.persons(new FigureQuery(source, periodStart, asOf, null, knownAt));
		BriefingFigures.Returns figures = new BriefingFigures.Returns(idp + refugees, idp, refugees, inPeriod,
				returns.by(Breakdown.ORIGIN_COUNTRY, cumulative.ofCategory(ReturnCategory.REFUGEE_RETURNEE)),
				returns.by(Breakdown.GOVERNORATE, cumulative));
		return new BriefingFigures(asOf, periodStart, source, knownAt, figures);
	}
}
