package org.homeward.approval.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.homeward.access.Scope;
import org.homeward.access.Scopes;
import org.homeward.approval.Approval;
import org.homeward.approval.Approvals;
import org.homeward.geography.HomeCountry;
import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.quality.QualityReport;
import org.homeward.quality.ReturnsQuality;
import org.homeward.returns.Breakdown;
import org.homeward.returns.FigureQuery;
import org.homeward.returns.ReturnFigures;
import org.homeward.sources.Source;
import org.homeward.sources.Sources;
import org.homeward.web.FormErrors;
import org.homeward.web.ProblemException;
import org.homeward.web.WebPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A coordinator's page of one ledger's week, by area: what was recorded, what a data officer submitted and what
 * is approved, with the forms to approve and to withdraw. A data officer sees the governorates of their area and
 * submits them.
 */
@WebPage
class ApprovalPages {

	private static final int WEEK = 7;

	private final Approvals approvals;
	private final Places places;
	private final Sources sources;
	private final Scopes scopes;
	private final ReturnFigures returns;
	private final ReturnsQuality quality;
	private final HomeCountry homeCountry;
	private final Clock clock;

	ApprovalPages(Approvals approvals, Places places, Sources sources, Scopes scopes, ReturnFigures returns,
			ReturnsQuality quality, HomeCountry homeCountry, Clock clock) {
		this.approvals = approvals;
		this.quality = quality;
		this.places = places;
		this.sources = sources;
		this.scopes = scopes;
		this.returns = returns;
		this.homeCountry = homeCountry;
		this.clock = clock;
	}

	/**
	 * One area's row of the week: its returns recorded, the approval of the week that names it, if any, and what the
	 * quality checks found there.
	 */
	public record AreaRow(Place area, String name, Long persons, Approval approval, Findings findings) {

		/** Whether the week's approval of the area stands (approved, or submitted and waiting). */
		public boolean open() {
			return approval != null && approval.state() != Approval.State.WITHDRAWN;
		}
	}

	/**
	 * What the quality checks found in one area's week of one ledger, for the coordinator to see before approving
	 * it: the returns' outliers, broken rules and a completeness that falls short (days missing or late); the
	 * facilities' broken rules. Findings do not keep a week from being approved, as in DHIS2.
	 *
	 * @param completeness how the source reported in the area over the week, or null (facilities, or no report)
	 */
	public record Findings(List<QualityReport.Outlier> outliers, List<QualityReport.Violation> violations,
			QualityReport.Completeness completeness) {

		static final Findings NONE = new Findings(List.of(), List.of(), null);

		/** Whether the completeness is a finding: fewer days reported than expected, or any of them late. */
		public boolean incomplete() {
			return completeness != null && (completeness.reportedDays() < completeness.expectedDays()
					|| completeness.lateDays() > 0);
		}

		/** How many findings there are: each outlier, each broken rule, and a completeness that falls short. */
		public int count() {
			return outliers.size() + violations.size() + (incomplete() ? 1 : 0);
		}

		/** The findings of one area of a week's report: every governorate's for the whole country. */
		static Findings of(QualityReport report, String ledger, Place area) {
			boolean country = area.kind() == PlaceKind.COUNTRY;
			String adm1 = country ? null : area.code();
			QualityReport.Rule rule = ledger.equals("returns") ? QualityReport.Rule.ABROAD_ABOVE_TOTAL
					: QualityReport.Rule.OPENED_WITHOUT_WORKS;
			return new Findings(
					ledger.equals("returns") ? report.outliers().stream()
						.filter(outlier -> country || area.code().equals(outlier.adm1())).toList() : List.of(),
					report.validation().stream().filter(violation -> violation.rule() == rule
							&& (country || area.code().equals(violation.adm1()))).toList(),
					ledger.equals("returns") ? report.completeness().stream()
						.filter(row -> Objects.equals(row.adm1(), adm1)).findFirst().orElse(null) : null);
		}
	}

	@GetMapping("/approvals")
	String week(@RequestParam(defaultValue = "returns") String ledger, @RequestParam(required = false) String source,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		return page(model, ledger, source, asOf, FormErrors.NONE);
	}

	@PostMapping("/approvals")
	ModelAndView approve(@RequestParam(required = false) String ledger, @RequestParam(required = false) String source,
			@RequestParam(required = false) String area, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		try {
			Approval approval = approvals.request(new Approvals.Request(ledger, source, area, from, to));
			return back(approval, "done");
		}
		catch (ProblemException refused) {
			return FormErrors.redisplay(refused, model, errors -> page(model, ledger, source, day(to), errors));
		}
	}

	@PostMapping("/approvals/{id}/withdraw")
	ModelAndView withdraw(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
		Approval approval = approvals.require(id);
		try {
			return back(approvals.withdraw(id, reason), "withdrawn");
		}
		catch (ProblemException refused) {
			return FormErrors.redisplay(refused, model,
					errors -> page(model, approval.ledger(), approval.source(), approval.to(), errors));
		}
	}

	private String page(Model model, String ledger, String source, LocalDate asOf, FormErrors errors) {
		String shownLedger = ledger != null && Approvals.LEDGERS.contains(ledger) ? ledger : "returns";
		Source shown = Optional.ofNullable(source).flatMap(sources::find).orElseGet(sources::primary);
		LocalDate today = homeCountry.today(clock);
		LocalDate last = asOf != null ? asOf : returns.lastDayWithReturns(shown.code(), today).orElse(today);
		LocalDate first = last.minusDays(WEEK - 1L);
		List<Approval> week = approvals.list(shownLedger, shown.code(), first, last, null);
		Scope scope = scopes.current();
		String language = FormErrors.language();
		Map<String, Long> persons = shownLedger.equals("returns")
				? returns.by(Breakdown.GOVERNORATE, new FigureQuery(shown.code(), first, last, null, null)) : Map.of();
		List<Place> areas = new ArrayList<>();
		if (!scope.limitsPlaces()) {
			areas.addAll(places.search(new Places.Filter(PlaceKind.COUNTRY, null, null, 0, 1)).places());
		}
		places.search(new Places.Filter(PlaceKind.GOVERNORATE, null, null, 0, Places.Filter.MAX_LIMIT)).places()
			.stream().filter(governorate -> scope.covers(governorate, null)).forEach(areas::add);
		QualityReport report = quality.report(last, WEEK, shown.code());
		List<AreaRow> rows = areas.stream().map(area -> new AreaRow(area, area.names().in(language),
				shownLedger.equals("returns") ? area.kind() == PlaceKind.COUNTRY
						? persons.values().stream().mapToLong(Long::longValue).sum()
						: persons.getOrDefault(area.code(), 0L) : null,
				week.stream().filter(approval -> approval.area().equals(area.code()) && approval.from().equals(first)
						&& approval.to().equals(last)).reduce((earlier, later) -> later.id() > earlier.id() ? later
								: earlier).orElse(null), Findings.of(report, shownLedger, area)))
			.toList();
		model.addAttribute("ledger", shownLedger);
		model.addAttribute("ledgers", Approvals.LEDGERS);
		model.addAttribute("source", shown.code());
		model.addAttribute("sources", sources.all());
		model.addAttribute("asOf", last);
		model.addAttribute("from", first);
		model.addAttribute("rows", rows);
		model.addAttribute("others", week.stream().filter(approval -> !approval.from().equals(first)
				|| !approval.to().equals(last) || rows.stream().noneMatch(row -> row.approval() == approval)).toList());
		model.addAttribute("pending", approvals.list(shownLedger, shown.code(), null, null, null).stream()
			.filter(approval -> approval.state() == Approval.State.SUBMITTED).toList());
		model.addAttribute("errors", errors);
		model.addAttribute("report", report);
		model.addAttribute("places", places);
		model.addAttribute("language", language);
		return "approval/approvals";
	}

	private static ModelAndView back(Approval approval, String notice) {
		return new ModelAndView("redirect:" + UriComponentsBuilder.fromPath("/approvals")
			.queryParam("ledger", approval.ledger()).queryParam("source", approval.source())
			.queryParam("asOf", approval.to()).queryParam(notice, approval.id()).build().toUriString());
	}

	private static LocalDate day(String text) {
		try {
			return text == null ? null : LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}
}
