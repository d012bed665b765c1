package org.homeward.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.homeward.access.Scope;
import org.homeward.access.Scopes;
import org.homeward.geography.HomeCountry;
import org.homeward.quality.internal.FacilityEvent;
import org.homeward.quality.internal.GovernorateWeek;
import org.homeward.quality.internal.Observation;
import org.homeward.quality.internal.QualityChecks;
import org.homeward.quality.internal.QualitySettings;
import org.homeward.reconstruction.Facilities;
import org.homeward.reconstruction.FacilityStatus;
import org.homeward.returns.Breakdown;
import org.homeward.returns.FigureQuery;
import org.homeward.returns.ReturnCategory;
import org.homeward.returns.ReturnCount;
import org.homeward.returns.ReturnFigures;
import org.homeward.returns.ReturnsLedger;
import org.homeward.sources.Sources;
import org.homeward.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the quality of the returns (and facility) ledgers for a period, as far as the current user may read them:
 * a partner its own source, a data officer the records of their area.
 */
@Service
public class ReturnsQuality {

	/** A year and a day: the longest period one check covers. */
	public static final int MAX_DAYS = 366;

	private final ReturnsLedger ledger;
	private final ReturnFigures figures;
	private final Facilities facilities;
	private final Sources sources;
	private final Scopes scopes;
	private final QualityChecks checks;

	ReturnsQuality(ReturnsLedger ledger, ReturnFigures figures, Facilities facilities, Sources sources, Scopes scopes,
			QualitySettings settings, HomeCountry country) {
		this.ledger = ledger;
		this.figures = figures;
		this.facilities = facilities;
		this.sources = sources;
		this.scopes = scopes;
		this.checks = new QualityChecks(settings, country.timeZone());
	}

	/**
	 * The report of the {@code days} days ending with {@code asOf}, for one source or (null) every source the user
	 * may read; a 400 for a period out of range, a 404 for an unknown source, a 403 for a partner asking for another.
	 */
	@Transactional(readOnly = true)
	public QualityReport report(LocalDate asOf, int days, String source) {
		if (days < 1 || days > MAX_DAYS) {
			throw ProblemException.invalid("days", days, "must be between 1 and " + MAX_DAYS + ".");
		}
		Scope scope = scopes.current();
		List<String> checked = checkedSources(scope, source);
		LocalDate from = asOf.minusDays(days - 1L);
		List<Observation> observations = new ArrayList<>();
		for (String code : checked) {
			ledger.forEachRecordOfDays(code, checks.historyStart(from), asOf, recorded -> {
				ReturnCount content = recorded.current().content();
				observations.add(new Observation(code, recorded.current().recordId(), content.day(),
						content.destination().adm1(), content.entryPoint() != null ? content.entryPoint()
								: content.destination().adm1(),
						content.category(), content.persons(), recorded.firstRecordedAt()));
			});
		}
		List<FacilityEvent> events = new ArrayList<>();
		for (String code : checked) {
			facilities.forEachEventWithinReach(code, cells -> events.add(new FacilityEvent(cells[1], cells[0], cells[2],
					cells[5], FacilityStatus.parse(cells[7]).orElseThrow(), LocalDate.parse(cells[8]))));
		}
		return checks.check(checked, observations, weeks(from, asOf), events, from, asOf);
	}

	private List<String> checkedSources(Scope scope, String source) {
		if (source == null || source.isBlank()) {
			return scope.sourceCode() != null ? List.of(scope.sourceCode()) : sources.codes();
		}
		String code = sources.require(source).code();
		if (!scope.allowsSource(code)) {
			throw ProblemException.outsideScope("The quality of " + code + "'s figures is for its own staff and "
					+ "headquarters; your account reads those of " + scope.sourceCode() + " only.");
		}
		return List.of(code);
	}

	/** What every source counted per governorate in each week, from the daily aggregates. */
	private List<GovernorateWeek> weeks(LocalDate from, LocalDate asOf) {
		List<GovernorateWeek> weeks = new ArrayList<>();
		for (LocalDate[] week : GovernorateWeek.weeks(from, asOf)) {
			for (String code : sources.codes()) {
				FigureQuery query = new FigureQuery(code, week[0], week[1], null, null);
				var idp = figures.by(Breakdown.GOVERNORATE, query.ofCategory(ReturnCategory.IDP_RETURNEE));
				var refugees = figures.by(Breakdown.GOVERNORATE, query.ofCategory(ReturnCategory.REFUGEE_RETURNEE));
				java.util.SortedSet<String> governorates = new java.util.TreeSet<>(idp.keySet());
				governorates.addAll(refugees.keySet());
				for (String adm1 : governorates) {
					weeks.add(new GovernorateWeek(code, adm1, week[0], week[1], idp.getOrDefault(adm1, 0L),
							refugees.getOrDefault(adm1, 0L)));
				}
			}
		}
		return weeks;
	}
}
