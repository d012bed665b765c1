package org.homeward.briefing.internal;

import java.time.LocalDate;

import org.homeward.briefing.BriefingFigures;
import org.homeward.situation.AidDeliveries;
import org.homeward.situation.Camps;
import org.homeward.situation.CoordinationActions;
import org.homeward.situation.LegalActs;
import org.homeward.situation.SituationItems.ActionStatus;
import org.springframework.stereotype.Component;

/** The situation a briefing cites, as one source reported it: sources are set side by side, never merged. */
@Component
public class ReportedSituation {

	private final Camps camps;
	private final LegalActs legalActs;
	private final CoordinationActions actions;
	private final AidDeliveries aid;

	ReportedSituation(Camps camps, LegalActs legalActs, CoordinationActions actions, AidDeliveries aid) {
		this.camps = camps;
		this.legalActs = legalActs;
		this.actions = actions;
		this.aid = aid;
	}

	/**
	 * The source's legal acts of the last {@value BriefingFigures#LEGAL_ACT_DAYS} days, its camps with an access
	 * status, its actions not yet done or cancelled, and its aid delivered in the period.
	 */
	public BriefingFigures.SituationBlock of(String source, LocalDate periodStart, LocalDate asOf) {
		return new BriefingFigures.SituationBlock(
				legalActs.signed(asOf.minusDays(BriefingFigures.LEGAL_ACT_DAYS - 1L), asOf).stream()
					.filter(act -> act.source().equals(source)).toList(),
				camps.asOf(asOf, source).stream().filter(camp -> camp.access() != null).toList(),
				actions.current().stream().filter(action -> action.source().equals(source)
						&& action.status() != ActionStatus.DONE && action.status() != ActionStatus.CANCELLED).toList(),
				aid.deliveredIn(periodStart, asOf).stream().filter(delivery -> delivery.source().equals(source)).toList());
	}
}
