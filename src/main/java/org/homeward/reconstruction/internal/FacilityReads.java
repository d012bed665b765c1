package org.homeward.reconstruction.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.homeward.access.Scope;
import org.homeward.geography.Places;
import org.homeward.ledger.LedgerStore;
import org.homeward.ledger.LoggedImport;
import org.homeward.ledger.RecordKey;
import org.homeward.reconstruction.FacilityHistory;
import org.homeward.reconstruction.FacilityListing;
import org.homeward.reconstruction.FacilityType;
import org.homeward.reconstruction.WorksUnderWay;
import org.springframework.stereotype.Component;

/**
 * What the facility ledger answers: its figures (from the timelines when they hold what is asked, from the events
 * otherwise), its facilities and their histories. {@link FacilityLedgerRules} and the ledger kernel write.
 */
@Component
public class FacilityReads {

	private final FacilityRegister register;
	private final FacilityFigures figures;
	private final FacilityListings listings;
	private final FacilityTimelines timelines;
	private final Places places;
	private final LedgerStore store;

	FacilityReads(FacilityRegister register, FacilityFigures figures, FacilityListings listings,
			FacilityTimelines timelines, Places places, LedgerStore store) {
		this.register = register;
		this.figures = figures;
		this.listings = listings;
		this.timelines = timelines;
		this.places = places;
		this.store = store;
	}

	public List<FacilityType> types() {
		return register.types();
	}

	/** Facilities put into operation in the days {@code from}..{@code to}, by type code. */
	public Map<String, Long> putIntoOperationByType(String source, LocalDate from, LocalDate to, Instant knownAt) {
		return putIntoOperation(source, from, to, knownAt, FacilityGrouping.TYPE);
	}

	/** Facilities put into operation in the days {@code from}..{@code to}, by governorate p-code. */
	public Map<String, Long> putIntoOperationByGovernorate(String source, LocalDate from, LocalDate to,
			Instant knownAt) {
		return putIntoOperation(source, from, to, knownAt, FacilityGrouping.GOVERNORATE);
	}

	private Map<String, Long> putIntoOperation(String source, LocalDate from, LocalDate to, Instant knownAt,
			FacilityGrouping by) {
		return knowsAll(source, knownAt) ? timelines.putIntoOperation(source, from, to, by)
				: figures.putIntoOperation(source, from, to, knownAt, by);
	}

	public WorksUnderWay worksUnderWay(String source, LocalDate asOf, Instant knownAt) {
		return knowsAll(source, knownAt) ? timelines.worksUnderWay(source, asOf)
				: figures.worksUnderWay(source, asOf, knownAt);
	}

	/**
	 * Whether figures as known at an instant are the figures known now: the timelines hold the current knowledge
	 * only, and an earlier instant is answered from the events themselves, at a cost that grows with the ledger.
	 */
	private boolean knowsAll(String source, Instant knownAt) {
		return knownAt == null || figures.lastChange(source).map(last -> !last.isAfter(knownAt)).orElse(true);
	}

	public List<FacilityListing> list(String source, String type, String status, String adm1, int offset, int limit) {
		return listings.list(source, type, status, adm1, offset, limit);
	}

	/** Whether a settlement lies in a scope's area. */
	public boolean covers(Scope scope, String settlement) {
		return scope.covers(places, settlement, null);
	}

	/**
	 * The latest applied imports a scope may see, newest first: all of them for a scope of everything; otherwise
	 * the account's own and those whose events all concern facilities of the scope's sources and area.
	 */
	public List<LoggedImport> latestImports(Scope scope, String account, int limit) {
		return store.latestImports(FacilityLedgerRules.TABLES, limit, account, scope.isEverything() ? null
				: ids -> listings.placesOfImports(ids).entrySet().stream()
					.filter(entry -> entry.getValue().stream()
						.allMatch(at -> scope.allowsSource(at[0]) && covers(scope, at[1])))
					.map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet()));
	}

	public Optional<FacilityHistory> history(RecordKey facility) {
		return listings.history(facility);
	}

	public void forEachEvent(String source, Consumer<String[]> action) {
		listings.forEachEvent(source, action);
	}

	public boolean hasEvents() {
		return store.holdsAny(FacilityLedgerRules.TABLES);
	}
}
