package org.homeward.briefing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.homeward.briefing.internal.BriefingText;
import org.homeward.reconstruction.Facilities;
import org.homeward.returns.Breakdown;
import org.homeward.situation.Situation;
import org.homeward.situation.SituationItems;
import org.homeward.returns.FigureQuery;
import org.homeward.returns.ReturnCategory;
import org.homeward.returns.ReturnFigures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes a briefing's figures from the modules' records. */
@Service
public class Briefings {

	private final ReturnFigures returns;
	private final Facilities facilities;
	private final Situation situation;
	private final BriefingText text;
	private final Clock clock;

	Briefings(ReturnFigures returns, Facilities facilities, Situation situation, BriefingText text, Clock clock) {
		this.returns = returns;
		this.facilities = facilities;
		this.situation = situation;
		this.text = text;
		this.clock = clock;
	}

	/** The figures with the text in a language (en, ru, ar); see {@link #figures(LocalDate, int, String, Instant)}. */
	@Transactional(readOnly = true)
	public BriefingFigures briefing(LocalDate asOf, int days, String source, Instant knownAt, String language) {
		BriefingFigures figures = figures(asOf, days, source, knownAt);
		return figures.withText(text.write(figures, days, language, facilities.types()));
	}

	/**
	 * The figures as of a day, for the {@code days} days ending with it, from one source, as known at an instant
	 * (null: now).
	 */
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
		org.homeward.reconstruction.WorksUnderWay works = facilities.worksUnderWay(source, asOf, knownAt);
		BriefingFigures.Reconstruction reconstruction = new BriefingFigures.Reconstruction(
				facilities.putIntoOperation(source, periodStart, asOf, knownAt),
				new BriefingFigures.WorksUnderWay(works.settlements(), works.byType()));
		// The situation as this source reported it: sources are set side by side, never merged.
		BriefingFigures.SituationBlock items = new BriefingFigures.SituationBlock(
				situation.legalActs(asOf.minusDays(BriefingFigures.LEGAL_ACT_DAYS - 1L), asOf).stream()
					.filter(act -> act.source().equals(source)).toList(),
				situation.camps(asOf, source).stream().filter(camp -> camp.access() != null).toList(),
				situation.actions().stream().filter(action -> action.source().equals(source)
						&& action.status() != SituationItems.ActionStatus.DONE
						&& action.status() != SituationItems.ActionStatus.CANCELLED).toList(),
				situation.aid(periodStart, asOf).stream().filter(aid -> aid.source().equals(source)).toList());
		return new BriefingFigures(asOf, periodStart, source, knownAt == null ? clock.instant() : knownAt, figures,
				reconstruction, items, null);
	}
}
