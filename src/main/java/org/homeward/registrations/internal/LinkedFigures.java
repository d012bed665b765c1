package org.homeward.registrations.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.homeward.ledger.RecordKey;
import org.homeward.registrations.PersonRegistrations;
import org.homeward.registrations.RegistrationFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of the registrations after linkage. A person's category, day of return, destination, host country
 * and entry point are those of their earliest registration. Two households are the same household when at least half of the members of the smaller
 * one are people of the other (a family registered again, perhaps without a member, perhaps with a newborn).
 */
@Component
class LinkedFigures {

	private static final int KEPT = 64;

	private final JdbcClient jdbc;
	private final Map<String, RegistrationFigures> computed = new LinkedHashMap<>(KEPT, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, RegistrationFigures> eldest) {
			return size() > KEPT;
		}
	};

	LinkedFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(String source, String id, String household, String category, LocalDate returned,
			String person, String adm1, String hostCountry, String entryPoint) {
	}

	/**
	 * The figures of the registrations of these sources (all when none is named). Computed from every registration,
	 * they are kept until the people change: an import, a linkage run, a coordinator's decision or its withdrawal.
	 */
	RegistrationFigures figures(LocalDate asOf, int days, List<String> sources) {
		String state = jdbc.sql("select (select coalesce(max(import_id), 0) from registration) || '/' || "
				+ "(select coalesce(max(id), 0) from registration_linkage_run) || '/' || "
				+ "(select count(*) from registration_decision) || '/' || "
				+ "(select count(withdrawn_at) from registration_decision)").query(String.class).single();
		String key = state + "\n" + asOf + "\n" + days + "\n" + String.join(",", sources);
		synchronized (computed) {
			RegistrationFigures figures = computed.get(key);
			if (figures != null) {
				return figures;
			}
		}
		RegistrationFigures figures = compute(asOf, days, sources);
		synchronized (computed) {
			computed.put(key, figures);
		}
		return figures;
	}

	private RegistrationFigures compute(LocalDate asOf, int days, List<String> sources) {
		List<Object> params = new ArrayList<>(List.of(Date.valueOf(asOf)));
		params.addAll(sources);
		List<Row> rows = jdbc.sql("select h.source_code, h.registration_id, r.household_id, r.category, "
				+ "r.returned_on, p.person_id, r.adm1_code, r.origin_country, r.entry_point_code from registration_head h join registration r on r.id = h.version_id "
				+ "left join registration_person p on p.source_code = h.source_code "
				+ "and p.registration_id = h.registration_id where not h.voided and r.registered_on <= ?"
				+ ofSources("h.source_code", sources))
			.params(params)
			.query((row, n) -> new Row(row.getString(1), row.getString(2), row.getString(1) + "/" + row.getString(3),
					row.getString(4), row.getDate(5).toLocalDate(),
					// a registration not linked yet is a person of its own until it is
					row.getString(6) == null ? "unlinked:" + row.getString(1) + "/" + row.getString(2)
							: row.getString(6), row.getString(7), row.getString(8), row.getString(9)))
			.list();
		LocalDate first = asOf.minusDays(days - 1L);
		Map<String, Row> earliest = new HashMap<>();
		Map<String, Set<String>> sourcesOfPerson = new HashMap<>();
		Map<String, Set<String>> peopleOfSource = new TreeMap<>();
		Set<String> inPeriod = new HashSet<>();
		Map<String, Long> byPersonAndSource = new HashMap<>();
		for (Row row : rows) {
			earliest.merge(row.person(), row, (a, b) -> b.returned().isBefore(a.returned()) ? b : a);
			sourcesOfPerson.computeIfAbsent(row.person(), p -> new HashSet<>()).add(row.source());
			peopleOfSource.computeIfAbsent(row.source(), s -> new HashSet<>()).add(row.person());
			byPersonAndSource.merge(row.person() + "\n" + row.source(), 1L, Long::sum);
			if (!row.returned().isBefore(first) && !row.returned().isAfter(asOf)) {
				inPeriod.add(row.person());
			}
		}
		Map<String, Long> byCategory = new TreeMap<>();
		Map<String, Long> byDestination = new TreeMap<>();
		Map<String, Long> byHostCountry = new TreeMap<>();
		Map<String, Long> byEntryPoint = new TreeMap<>();
		for (Row row : earliest.values()) {
			byCategory.merge(row.category().toLowerCase(Locale.ROOT), 1L, Long::sum);
			byDestination.merge(row.adm1(), 1L, Long::sum);
			if (row.hostCountry() != null) {
				byHostCountry.merge(row.hostCountry(), 1L, Long::sum);
			}
			if (row.entryPoint() != null) {
				byEntryPoint.merge(row.entryPoint(), 1L, Long::sum);
			}
		}
		Map<String, Long> bySource = new TreeMap<>();
		peopleOfSource.forEach((source, people) -> bySource.put(source, (long) people.size()));
		long withinSource = byPersonAndSource.values().stream().mapToLong(count -> count - 1).sum();
		long acrossSources = sourcesOfPerson.values().stream().mapToLong(held -> held.size() - 1).sum();
		return new RegistrationFigures(asOf, days, rows.size(), earliest.size(), households(rows), inPeriod.size(),
				byCategory, byDestination, byHostCountry, byEntryPoint, bySource,
				new RegistrationFigures.Duplicates(withinSource, acrossSources));
	}

	private static String ofSources(String column, List<String> sources) {
		return sources.isEmpty() ? "" : " and " + column + " in (" + String.join(", ", sources.stream()
			.map(source -> "?").toList()) + ")";
	}

	/** The distinct households: a source's households joined where they hold mostly the same people. */
	private static long households(List<Row> rows) {
		Map<String, Set<String>> peopleOfHousehold = new HashMap<>();
		Map<String, Set<String>> householdsOfPerson = new HashMap<>();
		for (Row row : rows) {
			peopleOfHousehold.computeIfAbsent(row.household(), h -> new HashSet<>()).add(row.person());
			householdsOfPerson.computeIfAbsent(row.person(), p -> new HashSet<>()).add(row.household());
		}
		Map<String, String> parent = new HashMap<>();
		peopleOfHousehold.keySet().forEach(household -> parent.put(household, household));
		for (Map.Entry<String, Set<String>> household : peopleOfHousehold.entrySet()) {
			Map<String, Integer> shared = new HashMap<>();
			for (String person : household.getValue()) {
				for (String other : householdsOfPerson.get(person)) {
					if (!other.equals(household.getKey())) {
						shared.merge(other, 1, Integer::sum);
					}
				}
			}
			shared.forEach((other, count) -> {
				int smaller = Math.min(household.getValue().size(), peopleOfHousehold.get(other).size());
				if (2 * count >= smaller) {
					parent.put(root(parent, household.getKey()), root(parent, other));
				}
			});
		}
		return parent.keySet().stream().filter(household -> root(parent, household).equals(household)).count();
	}

	private static String root(Map<String, String> parent, String household) {
		String root = household;
		while (!parent.get(root).equals(root)) {
			root = parent.get(root);
		}
		return root;
	}

	/** Every person and the registrations that stand in them, people in the order of their first registration. */
	List<PersonRegistrations> people(List<String> sources) {
		Map<String, List<RecordKey>> people = new TreeMap<>();
		jdbc.sql("select p.person_id, p.source_code, p.registration_id from registration_person p where 1 = 1"
				+ ofSources("p.source_code", sources) + " order by p.source_code, p.registration_id")
			.params(new ArrayList<Object>(sources)).query((row, n) -> people.computeIfAbsent(row.getString(1), p -> new ArrayList<>())
				.add(new RecordKey(row.getString(2), row.getString(3))))
			.list();
		return people.entrySet().stream().map(person -> new PersonRegistrations(person.getKey(), person.getValue()))
			.sorted((a, b) -> a.registrations().get(0).toString().compareTo(b.registrations().get(0).toString()))
			.toList();
	}
}
