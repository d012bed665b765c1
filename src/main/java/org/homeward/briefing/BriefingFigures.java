package org.homeward.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.homeward.approval.ApprovalState;
import org.homeward.situation.SituationItems;

/**
 * The figures of a briefing, shaped as the exchange contract's section 4 publishes them. Counts are integers;
 * a key with zero is left out of the maps. {@code approval} says whether the source's figures of the period were
 * approved as known at {@code knownAt}; a briefing issued before approvals existed has none.
 */
public record BriefingFigures(LocalDate asOf, LocalDate periodStart, String source, Instant knownAt, Returns returns,
		Reconstruction reconstruction, SituationBlock situation, ApprovalState approval, String text) {

	/** The same figures with the briefing's text in one language. */
	public BriefingFigures withText(String written) {
		return new BriefingFigures(asOf, periodStart, source, knownAt, returns, reconstruction, situation, approval, written);
	}

	/** The same figures, stated as known at another instant (when nothing changed in between). */
	public BriefingFigures asKnownAt(Instant instant) {
		return new BriefingFigures(asOf, periodStart, source, instant, returns, reconstruction, situation, approval, text);
	}

	/**
	 * Who came home as of the day, and in the period. {@code mainHostCountries} are the (at most
	 * {@value #MAIN_HOST_COUNTRIES}) host countries most refugee returnees of the period came from, most first; a
	 * briefing issued before they were named has none.
	 */
	public record Returns(long total, long idpReturnees, long refugeeReturnees, long inPeriod,
			Map<String, Long> refugeeReturneesByOriginCountry, List<String> mainHostCountries,
			Map<String, Long> totalByGovernorate) {

		public Returns {
			mainHostCountries = mainHostCountries == null ? List.of() : List.copyOf(mainHostCountries);
		}
	}

	/** How many host countries a briefing names as those the period's refugee returnees mainly came from. */
	public static final int MAIN_HOST_COUNTRIES = 3;

	/** Facilities put into operation in the period, and works under way as of the day, by facility type code. */
	public record Reconstruction(Map<String, Long> putIntoOperationInPeriod, WorksUnderWay worksUnderWay) {
	}

	/** Facilities whose latest status is "works under way", and the distinct settlements they stand in. */
	public record WorksUnderWay(long settlements, Map<String, Long> byType) {
	}

	/**
	 * The situation items a briefing may cite, as its source reported them: legal acts signed in the
	 * {@value #LEGAL_ACT_DAYS} days up to the day, camps with the access status the source reported, coordination
	 * actions still open, and aid delivered in the period. A briefing is public: it names no account that
	 * recorded an item.
	 */
	public record SituationBlock(List<SituationItems.LegalAct> legalActs, List<SituationItems.CampSituation> camps,
			List<SituationItems.CoordinationAction> coordinationActions, List<SituationItems.AidDelivery> aid) {

		public SituationBlock {
			legalActs = published(legalActs, SituationItems.LegalAct::withoutRecorder);
			camps = published(camps, SituationItems.CampSituation::withoutRecorder);
			coordinationActions = published(coordinationActions, SituationItems.CoordinationAction::withoutRecorder);
			aid = published(aid, SituationItems.AidDelivery::withoutRecorder);
		}

		private static <T> List<T> published(List<T> items, UnaryOperator<T> withoutRecorder) {
			return items == null ? List.of() : items.stream().map(withoutRecorder).toList();
		}
	}

	public static final int LEGAL_ACT_DAYS = 30;
}
