package org.homeward.geography;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.homeward.geography.internal.NameFolding;
import org.homeward.geography.internal.PlaceRepository;
import org.homeward.web.ProblemException;
import org.springframework.stereotype.Service;

/**
 * The directory of places other modules validate codes against and roll figures up with. Places are reference
 * data that change only by migration, so the directory is read once and kept in memory: a lookup costs a hash
 * probe, whatever the size of an import.
 */
@Service
public class Places {

	private final PlaceRepository repository;
	private volatile Directory directory;

	Places(PlaceRepository repository) {
		this.repository = repository;
	}

	/** The place with a code (case-insensitive), if there is one. */
	public Optional<Place> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(directory().byCode.get(code.strip().toUpperCase(Locale.ROOT)));
	}

	/** A place as pages list it: its name in a language with its code, "Aleppo (SY02)"; the code alone if unknown. */
	public String label(String code, String language) {
		return find(code).map(place -> place.names().in(language) + " (" + place.code() + ")").orElse(code);
	}

	/** The place with a code, or a 404 problem naming the code. */
	public Place require(String code) {
		return find(code).orElseThrow(() -> ProblemException.notFound("Place", code));
	}

	/** The places above this one, from the country down to its parent. */
	public List<Place> ancestors(Place place) {
		List<Place> ancestors = new ArrayList<>();
		String parent = place.parentCode();
		while (parent != null) {
			Place above = directory().byCode.get(parent);
			ancestors.add(above);
			parent = above.parentCode();
		}
		Collections.reverse(ancestors);
		return ancestors;
	}


	/**
	 * Checks a destination given as p-codes from governorate (index 0) down to community (index 3), nulls where
	 * not given: each code must name an admin unit of its level lying inside the coarser ones given.
	 */
	public Destination destination(String... codes) {
		PlaceKind[] kinds = { PlaceKind.GOVERNORATE, PlaceKind.DISTRICT, PlaceKind.SUB_DISTRICT, PlaceKind.COMMUNITY };
		Place[] found = new Place[kinds.length];
		Place coarser = null;
		for (int level = 0; level < codes.length && level < kinds.length; level++) {
			if (codes[level] == null) {
				continue;
			}
			Optional<Place> place = find(codes[level]);
			String kind = kinds[level].apiName().replace('_', '-');
			if (place.isEmpty()) {
				return Destination.refused(level, "No place has this p-code.");
			}
			if (place.get().kind() != kinds[level]) {
				return Destination.refused(level, "This p-code is a "
						+ place.get().kind().apiName().replace('_', '-') + ", not a " + kind + ".");
			}
			if (coarser != null && !place.get().isWithin(coarser)) {
				return Destination.refused(level, place.get().names().en() + " (" + place.get().code()
						+ ") does not lie in " + coarser.names().en() + " (" + coarser.code() + ").");
			}
			found[level] = place.get();
			coarser = place.get();
		}
		return new Destination(java.util.Arrays.stream(found).map(place -> place == null ? null : place.code()).toList(),
				-1, null);
	}

	/**
	 * A checked destination: the p-codes by level (null where not given), or the level (0 = governorate) whose code
	 * was refused and why.
	 */
	public record Destination(List<String> codes, int refusedLevel, String problem) {

		static Destination refused(int level, String problem) {
			return new Destination(List.of(), level, problem);
		}

		public boolean isRefused() {
			return problem != null;
		}

		/** The finest code given: the settlement. */
		public String finest() {
			for (int level = codes.size() - 1; level >= 0; level--) {
				if (codes.get(level) != null) {
					return codes.get(level);
				}
			}
			return null;
		}
	}

	/** Places matching a filter, ordered with exact code matches first, then by level and English name. */
	public Page search(Filter filter) {
		Directory places = directory();
		Predicate<Place> matches = place -> true;
		if (filter.within() != null) {
			Place within = filter.within();
			matches = filter.kind() == null
					? place -> within.code().equals(place.parentCode())
					: place -> place.isWithin(within) && place != within;
		}
		if (filter.kind() != null) {
			matches = matches.and(place -> place.kind() == filter.kind());
		}
		String query = NameFolding.fold(filter.query());
		if (!query.isEmpty()) {
			matches = matches.and(place -> places.searchKeys.get(place.code()).contains(query));
		}
		String exactCode = filter.query() == null ? "" : filter.query().strip().toUpperCase(Locale.ROOT);
		List<Place> found = places.byCode.values().stream().filter(matches)
				.sorted(Comparator.comparing((Place place) -> !place.code().equals(exactCode))
						.thenComparing(place -> place.kind().ordinal())
						.thenComparing(place -> place.names().en(), String.CASE_INSENSITIVE_ORDER))
				.toList();
		int from = Math.min(filter.offset(), found.size());
		int to = Math.min(from + filter.limit(), found.size());
		return new Page(found.size(), filter.offset(), filter.limit(), found.subList(from, to));
	}


	private Directory directory() {
		Directory current = directory;
		if (current == null) {
			synchronized (this) {
				if (directory == null) {
					directory = load();
				}
				current = directory;
			}
		}
		return current;
	}

	private Directory load() {
		Map<String, Place> byCode = new LinkedHashMap<>();
		Map<String, String> searchKeys = new HashMap<>();
		for (Place place : repository.findAll()) {
			byCode.put(place.code(), place);
			PlaceNames names = place.names();
			searchKeys.put(place.code(), String.join(" | ", NameFolding.fold(place.code()), NameFolding.fold(names.en()),
					NameFolding.fold(names.ar()), NameFolding.fold(names.ru())));
		}
		return new Directory(Map.copyOf(byCode), Map.copyOf(searchKeys));
	}

	private record Directory(Map<String, Place> byCode, Map<String, String> searchKeys) {
	}

	/**
	 * What to look for: places of a kind, under a place (its direct children when no kind is given), whose code
	 * or name in any language contains a text.
	 */
	public record Filter(PlaceKind kind, Place within, String query, int offset, int limit) {

		public static final int MAX_LIMIT = 1000;

		public Filter {
			if (offset < 0) {
				throw ProblemException.invalid("offset", offset, "must be 0 or more.");
			}
			if (limit < 1 || limit > MAX_LIMIT) {
				throw ProblemException.invalid("limit", limit, "must be between 1 and " + MAX_LIMIT + ".");
			}
		}
	}

	/** One page of places, with how many matched in all. */
	public record Page(int total, int offset, int limit, List<Place> places) {
	}
}
