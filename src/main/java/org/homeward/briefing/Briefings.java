package org.homeward.briefing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.homeward.access.AuditTrail;
import org.homeward.approval.Approvals;
import org.homeward.briefing.internal.BriefingText;
import org.homeward.briefing.internal.IssueRepository;
import org.homeward.briefing.internal.RecentBriefings;
import org.homeward.briefing.internal.ReportedSituation;
import org.homeward.geography.HomeCountry;
import org.homeward.reconstruction.Facilities;
import org.homeward.reconstruction.FacilityType;
import org.homeward.returns.Breakdown;
import org.homeward.returns.FigureQuery;
import org.homeward.returns.ReturnCategory;
import org.homeward.returns.ReturnFigures;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.homeward.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** Computes a briefing's figures from the modules' records. */
@Service
public class Briefings {

	/** The counter of briefings computed from the ledgers. */
	public static final String COMPUTED = "homeward.briefing.computed";

	private final ReturnFigures returns;
	private final Facilities facilities;
	private final ReportedSituation situation;
	private final BriefingText text;
	private final IssueRepository issues;
	private final AuditTrail auditTrail;
	private final ObjectMapper json;
	private final Clock clock;
	private final HomeCountry homeCountry;
	private final Approvals approvals;

	private final RecentBriefings recent;
	private final Counter computed;

	Briefings(ReturnFigures returns, Facilities facilities, ReportedSituation situation, BriefingText text,
			IssueRepository issues, AuditTrail auditTrail, ObjectMapper json, Clock clock,
			RecentBriefings recent, MeterRegistry meters, HomeCountry homeCountry, Approvals approvals) {
		this.approvals = approvals;
		this.homeCountry = homeCountry;
		this.computed = Counter.builder(COMPUTED).description("Briefings computed from the ledgers, not answered again")
			.register(meters);
		this.recent = recent;
		this.returns = returns;
		this.facilities = facilities;
		this.situation = situation;
		this.text = text;
		this.issues = issues;
		this.auditTrail = auditTrail;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Issues the briefing for a day: its figures as known now and its text in every language are frozen and kept
	 * for ever. Later corrections never change what was issued; {@link #changesSince} shows how they differ. A day
	 * after today in the country has no figures yet, and would stand as the latest briefing until it came.
	 */
	@Transactional
	public IssuedBriefing issue(LocalDate asOf, int days, String source) {
		LocalDate today = homeCountry.today(clock);
		if (asOf.isAfter(today)) {
			throw InvalidInputException.of(List.of(InputError.field("asOf", asOf,
					"A briefing is issued for today or a day before; " + asOf + " is after today (" + today + ").")));
		}
		Instant knownAt = clock.instant();
		BriefingFigures figures = figures(asOf, days, source, knownAt);
		List<FacilityType> types = facilities.types();
		Map<String, String> documents = new HashMap<>();
		for (String language : BriefingText.LANGUAGES) {
			documents.put(language, json.writeValueAsString(figures.withText(text.write(figures, days, language, types))));
		}
		IssuedBriefing draft = new IssuedBriefing(0, asOf, days, source, knownAt, knownAt, auditTrail.currentActor());
		long id = issues.insert(draft, documents);
		auditTrail.record("briefing.issued", "briefing", Long.toString(id),
				Map.of("asOf", asOf.toString(), "days", days, "source", source));
		return issues.find(id).orElseThrow();
	}

	/** An issued briefing's record: its day, period, source, knowledge and who issued it. */
	public IssuedBriefing issuedBriefing(long id) {
		return issues.find(id).orElseThrow(() -> ProblemException.notFound("Issued briefing", Long.toString(id)));
	}

	public List<IssuedBriefing> issued() {
		return issues.all();
	}

	/**
	 * The document of an issued briefing exactly as it was issued, in a language; one issued while briefings still
	 * named who recorded their situation items is answered without those accounts, as briefings are public.
	 */
	public String issuedDocument(long id, String language) {
		String document = issues.document(id, language).orElseThrow(() -> ProblemException.notFound(
				"Issued briefing", Long.toString(id)));
		return document.contains("\"recordedBy\"") ? withoutRecorders(document) : document;
	}

	private String withoutRecorders(String document) {
		JsonNode tree = json.readTree(document);
		tree.findParents("recordedBy").forEach(item -> ((ObjectNode) item).remove("recordedBy"));
		return json.writeValueAsString(tree);
	}

	/** Each figure of an issued briefing that today's records give differently: its path, then and now. */
	@Transactional(readOnly = true)
	public List<FigureChange> changesSince(long id) {
		IssuedBriefing issued = issues.find(id)
			.orElseThrow(() -> ProblemException.notFound("Issued briefing", Long.toString(id)));
		Map<String, Long> then = flatten(json.readTree(issuedDocument(id, "en")));
		Map<String, Long> now = flatten(json.valueToTree(figures(issued.asOf(), issued.days(), issued.source(), null)));
		Set<String> names = new TreeSet<>(then.keySet());
		names.addAll(now.keySet());
		List<FigureChange> changes = new ArrayList<>();
		for (String name : names) {
			long before = then.getOrDefault(name, 0L);
			long after = now.getOrDefault(name, 0L);
			if (before != after) {
				changes.add(new FigureChange(name, before, after));
			}
		}
		return changes;
	}

	/** The counts of the returns and reconstruction blocks, by path: {@code returns.total}, ... */
	private static Map<String, Long> flatten(JsonNode document) {
		Map<String, Long> figures = new TreeMap<>();
		for (String block : List.of("returns", "reconstruction")) {
			collect(block, document.get(block), figures);
		}
		return figures;
	}

	private static void collect(String path, JsonNode node, Map<String, Long> figures) {
		if (node == null) {
			return;
		}
		if (node.isNumber()) {
			figures.put(path, node.asLong());
		}
		else if (node.isObject()) {
			node.properties().forEach(field -> collect(path + "." + field.getKey(), field.getValue(), figures));
		}
	}

	/** A figure that differs between an issued briefing and today's knowledge. */
	/** The days a briefing can be asked for: wide enough for any history, narrow enough for date arithmetic. */
	static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
	static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

	public record FigureChange(String figure, long issued, long now) {
	}

	/** The figures with the text in a language (en, ru, ar); see {@link #figures(LocalDate, int, String, Instant)}. */
	@Transactional(readOnly = true)
	public BriefingFigures briefing(LocalDate asOf, int days, String source, Instant knownAt, String language) {
		if (knownAt != null || !recent.keeps()) {
			return written(asOf, days, source, knownAt, language);
		}
		BriefingFigures known = recent.known(asOf, days, source, language,
				() -> written(asOf, days, source, null, language));
		// nothing changed since the stamp was read, so the figures are those known at this very instant
		return known.asKnownAt(clock.instant());
	}

	private BriefingFigures written(LocalDate asOf, int days, String source, Instant knownAt, String language) {
		computed.increment();
		BriefingFigures figures = figures(asOf, days, source, knownAt);
		return figures.withText(text.write(figures, days, language, facilities.types()));
	}

	/** The host countries most refugee returnees of a period came from, most first, a tie by code. */
	private List<String> mainHostCountries(FigureQuery period) {
		return returns.by(Breakdown.ORIGIN_COUNTRY, period.ofCategory(ReturnCategory.REFUGEE_RETURNEE)).entrySet()
			.stream().filter(country -> country.getValue() > 0)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(BriefingFigures.MAIN_HOST_COUNTRIES).map(Map.Entry::getKey).toList();
	}

	/** The series behind a briefing's charts: cumulative returns by category, and the last weeks' returns. */
	@Transactional(readOnly = true)
	public BriefingSeries series(LocalDate asOf, String source, Instant knownAt) {
		FigureQuery cumulative = FigureQuery.asOf(source, asOf, knownAt);
		FigureQuery lastWeeks = new FigureQuery(source, asOf.minusWeeks(BriefingSeries.WEEKS).plusDays(1), asOf, null,
				knownAt);
		return new BriefingSeries(running(returns.daily(cumulative.ofCategory(ReturnCategory.IDP_RETURNEE))),
				running(returns.daily(cumulative.ofCategory(ReturnCategory.REFUGEE_RETURNEE))),
				everyWeek(returns.weekly(lastWeeks.ofCategory(ReturnCategory.IDP_RETURNEE)), asOf),
				everyWeek(returns.weekly(lastWeeks.ofCategory(ReturnCategory.REFUGEE_RETURNEE)), asOf));
	}

	/** The persons returned by each day with returns, summed up to and with that day. */
	private static SortedMap<LocalDate, Long> running(SortedMap<LocalDate, Long> daily) {
		SortedMap<LocalDate, Long> running = new TreeMap<>();
		long sum = 0;
		for (Map.Entry<LocalDate, Long> day : daily.entrySet()) {
			sum += day.getValue();
			running.put(day.getKey(), sum);
		}
		return Collections.unmodifiableSortedMap(running);
	}

	/** The last {@value BriefingSeries#WEEKS} weeks ending with {@code lastDay}, a week without returns as zero. */
	private static SortedMap<LocalDate, Long> everyWeek(SortedMap<LocalDate, Long> weeks, LocalDate lastDay) {
		SortedMap<LocalDate, Long> weekly = new TreeMap<>();
		for (int back = BriefingSeries.WEEKS - 1; back >= 0; back--) {
			LocalDate end = lastDay.minusWeeks(back);
			weekly.put(end, weeks.getOrDefault(end, 0L));
		}
		return Collections.unmodifiableSortedMap(weekly);
	}

	/**
	 * The figures as of a day, for the {@code days} days ending with it, from one source, as known at an instant
	 * (null: now).
	 */
	@Transactional(readOnly = true)
	public BriefingFigures figures(LocalDate asOf, int days, String source, Instant knownAt) {
		if (asOf.isBefore(FIRST_DAY) || asOf.isAfter(LAST_DAY)) {
			throw ProblemException.invalid("asOf", asOf, "a briefing is for a day from " + FIRST_DAY + " to "
					+ LAST_DAY + ".");
		}
		LocalDate periodStart = asOf.minusDays(days - 1L);
		FigureQuery cumulative = FigureQuery.asOf(source, asOf, knownAt);
		Map<String, Long> byCategory = returns.by(Breakdown.CATEGORY, cumulative);
		long idp = byCategory.getOrDefault(ReturnCategory.IDP_RETURNEE.apiName(), 0L);
		long refugees = byCategory.getOrDefault(ReturnCategory.REFUGEE_RETURNEE.apiName(), 0L);
		long inPeriod = returns.persons(new FigureQuery(source, periodStart, asOf, null, knownAt));
		BriefingFigures.Returns figures = new BriefingFigures.Returns(idp + refugees, idp, refugees, inPeriod,
				returns.by(Breakdown.ORIGIN_COUNTRY, cumulative.ofCategory(ReturnCategory.REFUGEE_RETURNEE)),
				mainHostCountries(new FigureQuery(source, periodStart, asOf, null, knownAt)),
				returns.by(Breakdown.GOVERNORATE, cumulative));
		org.homeward.reconstruction.WorksUnderWay works = facilities.worksUnderWay(source, asOf, knownAt);
		BriefingFigures.Reconstruction reconstruction = new BriefingFigures.Reconstruction(
				facilities.putIntoOperation(source, periodStart, asOf, knownAt),
				new BriefingFigures.WorksUnderWay(works.settlements(), works.byType()));
		return new BriefingFigures(asOf, periodStart, source, knownAt == null ? clock.instant() : knownAt, figures,
				reconstruction, situation.of(source, periodStart, asOf),
				approvals.stateOf(source, periodStart, asOf, knownAt), null);
	}
}
