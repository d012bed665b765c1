package org.homeward.situation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.situation.SituationItems.Access;
import org.homeward.situation.SituationItems.CampAccess;
import org.homeward.situation.SituationItems.CampPopulation;
import org.homeward.situation.SituationItems.CampSituation;
import org.homeward.situation.internal.CampRepository;
import org.homeward.situation.internal.Problems;
import org.homeward.situation.internal.SituationChanges;
import org.homeward.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The camps' population estimates and humanitarian access over time, each as a new entry with who and when, and
 * read as of a day. A refused request names each problem and writes nothing.
 */
@Service
public class Camps {

	/** What the column holds: an integer. */
	private static final BigDecimal MAX_PERSONS = BigDecimal.valueOf(Integer.MAX_VALUE);

	private final CampRepository store;
	private final Places places;
	private final SituationChanges changes;

	Camps(CampRepository store, Places places, SituationChanges changes) {
		this.store = store;
		this.places = places;
		this.changes = changes;
	}

	/** The camps with their latest population estimate and access status on or before a day, by any source. */
	@Transactional(readOnly = true)
	public List<CampSituation> asOf(LocalDate day) {
		return asOf(day, null);
	}

	/** The camps as one source reported them on or before a day (every source when {@code source} is null). */
	@Transactional(readOnly = true)
	public List<CampSituation> asOf(LocalDate day, String source) {
		return places.search(new Places.Filter(PlaceKind.CAMP, null, null, 0, Places.Filter.MAX_LIMIT)).places()
			.stream()
			.map(camp -> new CampSituation(camp.code(), store.latestPopulation(camp.code(), day, source).orElse(null),
					store.latestAccess(camp.code(), day, source).orElse(null)))
			.toList();
	}

	public List<CampPopulation> populationHistory(String camp) {
		return store.populations(camp(camp).code());
	}

	public List<CampAccess> accessHistory(String camp) {
		return store.accesses(camp(camp).code());
	}

	@Transactional
	public CampPopulation estimatePopulation(String campCode, PopulationRequest request) {
		Place camp = camp(campCode);
		String source = changes.check(request.source(), request::check);
		CampPopulation population = new CampPopulation(camp.code(), source, request.estimatedOn(),
				request.persons().intValueExact(), request.note(), changes.now(), changes.actor());
		store.insert(population);
		changes.audit("camp.population.estimated", "camp", camp.code(), Map.of("persons", population.persons(),
				"estimatedOn", population.estimatedOn().toString(), "source", source), null);
		return population;
	}

	@Transactional
	public CampAccess recordAccess(String campCode, AccessRequest request) {
		Place camp = camp(campCode);
		String source = changes.check(request.source(), request::check);
		CampAccess access = new CampAccess(camp.code(), source, request.since(), request.access().orElseThrow(),
				Problems.blankToNull(request.reason()), changes.now(), changes.actor());
		store.insert(access);
		changes.audit("camp.access.recorded", "camp", camp.code(), Map.of("status", access.status().name(), "since",
				access.since().toString(), "source", source), request.reason());
		return access;
	}

	private Place camp(String code) {
		Place camp = places.require(code);
		if (camp.kind() != PlaceKind.CAMP) {
			throw ProblemException.notFound("Camp", code);
		}
		return camp;
	}

	/** A population estimate as sent; persons is read as any number, so that 2.5 is refused, not cut to 2. */
	public record PopulationRequest(String source, LocalDate estimatedOn, BigDecimal persons, String note) {

		/** Names every problem of the estimate but its source's: a past day, whole persons an integer holds. */
		void check(Problems problems) {
			problems.notFuture("estimatedOn", estimatedOn);
			if (persons == null || persons.signum() < 0 || persons.stripTrailingZeros().scale() > 0
					|| persons.compareTo(MAX_PERSONS) > 0) {
				problems.add("persons", persons, "A population estimate is a whole number of persons, from 0 to "
						+ MAX_PERSONS + ".");
			}
			problems.lines("note", note, 1000);
		}
	}

	/** An access status as sent. */
	public record AccessRequest(String source, LocalDate since, String status, String reason) {

		/** Names every problem of the status but its source's: access short of granted says why. */
		void check(Problems problems) {
			problems.notFuture("since", since);
			Optional<Access> access = access();
			if (access.isEmpty()) {
				problems.add("status", status, "Access is granted, restricted or denied.");
			}
			if (access.isPresent() && access.get() != Access.GRANTED && (reason == null || reason.isBlank())) {
				problems.add("reason", reason, "Say why access is restricted or denied.");
			}
			problems.lines("reason", reason, 2000);
		}

		Optional<Access> access() {
			return SituationItems.parse(Access.class, status);
		}
	}
}
