package org.homeward.registrations.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.homeward.ledger.Database;
import org.homeward.ledger.RecordKey;
import org.homeward.linkage.Blocking;
import org.homeward.linkage.Comparison;
import org.homeward.linkage.Linkage;
import org.homeward.linkage.LinkageModel;
import org.homeward.linkage.LinkageRecord;
import org.homeward.linkage.PersonGroups;
import org.homeward.linkage.PersonIds;
import org.homeward.linkage.ScoredPair;
import org.homeward.linkage.TermFrequencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links what imports brought against what is there, import after import, not all again: the registrations an
 * import wrote lose their old keys and links, the current ones are blocked against the stored keyed hashes,
 * compared with the candidates found, and their links stored; then only the people those registrations touch are
 * formed again, from the stored links and the coordinators' decisions, keeping their ids where they can.
 */
@Component
class RegistrationLinker {

	private static final Logger log = LoggerFactory.getLogger(RegistrationLinker.class);

	static final String TIMER = "homeward.linkage.step";

	/** Registrations compared and stored per step, so that a large import never sits in memory whole. */
	private static final int CHUNK = 5_000;
	private static final int ARRAY = 5_000;
	/** Fewest registrations a model is learned from; below, the priors weigh the evidence. */
	static final int LEARN_FROM = 1_000;
	private static final int LEARN_AT_MOST = 200_000;

	private final JdbcClient jdbc;
	private final JdbcTemplate batches;
	private final Database database;
	private final PersonalDataKey key;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final MeterRegistry meters;
	private final ReentrantLock running = new ReentrantLock();
	private final SecureRandom random = new SecureRandom();

	RegistrationLinker(JdbcClient jdbc, JdbcTemplate batches, Database database, PersonalDataKey key,
			PlatformTransactionManager transactions, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.database = database;
		this.key = key;
		// its own transaction: it runs after the import's has committed
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.meters = meters;
	}

	/** Whether a linkage is under way or an applied import waits for one. */
	boolean idle() {
		return !running.isLocked() && latestImport() <= linkedThrough();
	}

	/** Links every applied import not linked yet, in one transaction. */
	void linkPending() {
		if (!key.isSet()) {
			return;
		}
		running.lock();
		try {
			transaction.executeWithoutResult(status -> link());
		}
		finally {
			running.unlock();
		}
	}

	private long latestImport() {
		return jdbc.sql("select coalesce(max(import_id), 0) from registration").query(Long.class).single();
	}

	private long linkedThrough() {
		return jdbc.sql("select coalesce(max(through_import), 0) from registration_linkage_run").query(Long.class)
			.single();
	}

	private void link() {
		long through = linkedThrough();
		long latest = latestImport();
		if (latest <= through) {
			return;
		}
		Instant started = clock.instant();
		List<RecordKey> changed = jdbc.sql("select distinct source_code, registration_id from registration "
				+ "where import_id > ? and import_id <= ? order by source_code, registration_id").params(through, latest)
			.query((row, n) -> new RecordKey(row.getString(1), row.getString(2))).list();
		long current = jdbc.sql("select count(*) from registration_head where not voided").query(Long.class).single();
		Steps steps = new Steps();
		Model model = model(current, changed);
		steps.lap("model");
		Set<String> touched = new HashSet<>();
		for (int from = 0; from < changed.size(); from += CHUNK) {
			storeKeys(changed.subList(from, Math.min(changed.size(), from + CHUNK)), touched, steps);
			if (from == 0 && changed.size() > CHUNK) {
				refreshStatistics();
				steps.lap("statistics");
			}
		}
		if (changed.size() > CHUNK) {
			refreshStatistics();
			steps.lap("statistics");
		}
		Set<String> waiting = new HashSet<>();
		changed.forEach(registration -> waiting.add(registration.toString()));
		Known known = new Known();
		long candidates = 0;
		LinkageModel amongHeld = model.model().among(current);
		for (int from = 0; from < changed.size(); from += CHUNK) {
			candidates += compareChunk(changed.subList(from, Math.min(changed.size(), from + CHUNK)), waiting,
					amongHeld, current, known, touched, steps);
		}
		Set<String> free = new HashSet<>();
		changed.forEach(registration -> free.add(registration.toString()));
		regroup(touched, free);
		steps.lap("regroup");
		jdbc.sql("insert into registration_linkage_run (through_import, started_at, finished_at, registrations, "
				+ "candidate_pairs, model, model_learned_on) values (?, ?, ?, ?, ?, ?, ?)")
			.params(latest, Timestamp.from(started), Timestamp.from(clock.instant()), changed.size(), candidates,
					model.model().toText(), model.learnedOn())
			.update();
		steps.record(meters);
		log.info("registrations linked throughImport={} registrations={} candidatePairs={} regrouped={} steps={}",
				latest, changed.size(), candidates, touched.size(), steps);
	}

	/**
	 * Where a run's time goes, summed over its chunks, into the timer {@value #TIMER} tagged by step: for an
	 * operator, and for the benchmarks that ask why a run is slow.
	 */
	private static final class Steps {

		private final Map<String, Long> nanos = new LinkedHashMap<>();
		private long lapStarted = System.nanoTime();

		void lap(String step) {
			long now = System.nanoTime();
			nanos.merge(step, now - lapStarted, Long::sum);
			lapStarted = now;
		}

		void record(MeterRegistry registry) {
			nanos.forEach((step, time) -> Timer.builder(TIMER).description("Time spent in each step of a linkage run")
				.tag("step", step).register(registry).record(time, TimeUnit.NANOSECONDS));
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder();
			nanos.forEach((step, time) -> text.append(text.isEmpty() ? "" : ",").append(step).append(':')
				.append(time / 1_000_000).append("ms"));
			return text.toString();
		}
	}

	private record Model(LinkageModel model, long learnedOn) {
	}

	/**
	 * The model of the last run; learned again (from the registrations this run brings, at most 200,000) when none
	 * was learned yet or the registrations have grown fourfold since, and there are enough of them.
	 */
	private Model model(long current, List<RecordKey> changed) {
		List<Model> last = jdbc.sql("select model, model_learned_on from registration_linkage_run order by id desc "
				+ "fetch first 1 rows only")
			.query((row, n) -> new Model(LinkageModel.fromText(row.getString(1)), row.getLong(2))).list();
		Model previous = last.isEmpty() ? new Model(LinkageModel.priors(), 0) : last.get(0);
		boolean learn = changed.size() >= LEARN_FROM
				&& (previous.learnedOn() == 0 || current >= 4 * previous.learnedOn());
		if (!learn) {
			return previous;
		}
		List<LinkageRecord> sample = new ArrayList<>(records(changed.subList(0, Math.min(changed.size(),
				LEARN_AT_MOST))).values());
		return new Model(Linkage.learn(sample, 1L), current);
	}

	/**
	 * The first pass over a chunk of changed registrations: the old keys and links of those linked before are
	 * dropped, the keys of their current versions stored; notes them as touched, so that their people (which
	 * {@link #regroup} finds from them) are formed again.
	 */
	private void storeKeys(List<RecordKey> chunk, Set<String> touched, Steps steps) {
		for (RecordKey registration : chunk) {
			touched.add(registration.toString());
		}
		// only a registration linked before stands in a person and has keys and links: one first recorded by this
		// run's imports has none
		List<RecordKey> linked = linkedBefore(chunk);
		Set<String> erased = new HashSet<>();
		Collection<LinkageRecord> records = records(chunk, erased).values();
		steps.lap("read");
		// an erased registration keeps the links it had, which name no one, so that it stays the person it was
		List<RecordKey> relinked = linked.stream().filter(registration -> !erased.contains(registration.toString()))
			.toList();
		forEachSource(relinked, (source, ids) -> {
			deleteWhere("registration_link_key", "source_code", "registration_id", source, ids);
			deleteWhere("registration_match", "a_source", "a_id", source, ids);
			deleteWhere("registration_match", "b_source", "b_id", source, ids);
		});
		steps.lap("previous-links");
		List<Object[]> keyRows = new ArrayList<>();
		for (LinkageRecord record : records) {
			RecordKey registration = parse(record.key());
			for (String hash : keys(record).all()) {
				keyRows.add(new Object[] { hash, registration.source(), registration.id() });
			}
		}
		batches.batchUpdate("insert into registration_link_key (key_hash, source_code, registration_id) "
				+ "values (?, ?, ?)", keyRows);
		steps.lap("keys");
	}

	/**
	 * A registration's stored keys: the hashes of its blocking keys, and of each name it has, whose count weighs an
	 * agreement on that name ({@code names}: hash to {@code FIELD:skeleton}).
	 */
	private record StoredKeys(List<String> blocks, Map<String, String> names) {

		Set<String> all() {
			Set<String> all = new LinkedHashSet<>(blocks);
			all.addAll(names.keySet());
			return all;
		}
	}

	private StoredKeys keys(LinkageRecord record) {
		List<String> blocks = new ArrayList<>();
		for (String block : Blocking.keys(record)) {
			blocks.add(key.linkageHash(block));
		}
		Map<String, String> names = new LinkedHashMap<>();
		String[][] fields = { { Comparison.GIVEN.name(), record.givenSkeleton() },
				{ Comparison.FATHER.name(), record.fatherSkeleton() },
				{ Comparison.FAMILY.name(), record.familySkeleton() } };
		for (String[] name : fields) {
			if (name[1] != null) {
				names.put(key.linkageHash(name[0] + ":" + name[1]), name[0] + ":" + name[1]);
			}
		}
		return new StoredKeys(blocks, names);
	}

	/**
	 * What the second pass has read already, kept while the run lasts (nothing it holds changes meanwhile): the
	 * candidates most recently compared, which the next chunks' blocks hold again, and the counts of the larger
	 * blocks and commoner names, which cost the most to count.
	 */
	private static final class Known {

		static final int RECORDS = 100_000;
		static final long COUNTED_FROM = 100;

		final Map<String, Long> counts = new HashMap<>();
		final Map<String, LinkageRecord> records = new LinkedHashMap<>(RECORDS, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, LinkageRecord> eldest) {
				return size() > RECORDS;
			}
		};
	}

	/**
	 * The second pass, once every key of the run is stored, so that the blocks' sizes and the names' counts are the
	 * whole population's: a chunk's registrations compared with the candidates their blocks hold, and their links
	 * stored. A pair of two registrations of the run is compared once, with the later of the two: {@code waiting}
	 * holds those of the run not compared yet.
	 */
	private long compareChunk(List<RecordKey> chunk, Set<String> waiting, LinkageModel model, long current,
			Known known, Set<String> touched, Steps steps) {
		Map<String, LinkageRecord> records = records(chunk);
		chunk.forEach(registration -> waiting.remove(registration.toString()));
		steps.lap("read");
		Map<String, List<String>> blockKeys = new HashMap<>();
		Map<String, String> nameKeys = new HashMap<>();
		Set<String> hashes = new HashSet<>();
		for (LinkageRecord record : records.values()) {
			StoredKeys keys = keys(record);
			blockKeys.put(record.key(), keys.blocks());
			nameKeys.putAll(keys.names());
			hashes.addAll(keys.all());
		}
		Map<String, Long> counts = new HashMap<>();
		List<String> uncounted = new ArrayList<>();
		for (String hash : hashes) {
			Long count = known.counts.get(hash);
			if (count == null) {
				uncounted.add(hash);
			}
			else {
				counts.put(hash, count);
			}
		}
		keyCounts(uncounted).forEach((hash, count) -> {
			counts.put(hash, count);
			if (count >= Known.COUNTED_FROM) {
				known.counts.put(hash, count);
			}
		});
		TermFrequencies frequencies = TermFrequencies.among(current);
		countNames(frequencies, nameKeys, counts);
		steps.lap("key-counts");
		Map<String, Set<String>> holders = holders(counts.entrySet().stream()
			.filter(entry -> !nameKeys.containsKey(entry.getKey()) && entry.getValue() > 1
					&& entry.getValue() <= Blocking.LARGEST_BLOCK)
			.map(Map.Entry::getKey).toList());
		Set<String> candidateKeys = new HashSet<>();
		holders.values().forEach(candidateKeys::addAll);
		candidateKeys.removeAll(records.keySet());
		candidateKeys.removeAll(waiting);
		steps.lap("candidates");
		Map<String, LinkageRecord> others = new HashMap<>();
		List<RecordKey> unread = new ArrayList<>();
		for (String candidate : candidateKeys) {
			LinkageRecord record = known.records.get(candidate);
			if (record == null) {
				unread.add(parse(candidate));
			}
			else {
				others.put(candidate, record);
			}
		}
		Map<String, LinkageRecord> read = records(unread);
		others.putAll(read);
		known.records.putAll(read);
		steps.lap("read");
		Set<String> compared = new HashSet<>();
		List<ScoredPair> stored = new ArrayList<>();
		for (LinkageRecord record : records.values()) {
			for (String hash : blockKeys.get(record.key())) {
				for (String other : holders.getOrDefault(hash, Set.of())) {
					LinkageRecord candidate = records.containsKey(other) ? records.get(other) : others.get(other);
					if (candidate == null || candidate.household().equals(record.household())) {
						continue;
					}
					String pair = record.key().compareTo(other) < 0 ? record.key() + "\n" + other
							: other + "\n" + record.key();
					if (!compared.add(pair)) {
						continue;
					}
					double weight = model.weight(record, candidate, Comparison.levels(record, candidate), frequencies);
					if (weight >= Linkage.REVIEW_WEIGHT) {
						String[] ordered = pair.split("\n");
						stored.add(new ScoredPair(ordered[0], ordered[1], weight));
					}
				}
			}
		}
		steps.lap("compare");
		List<Object[]> matchRows = new ArrayList<>();
		for (ScoredPair pair : stored) {
			RecordKey a = parse(pair.a());
			RecordKey b = parse(pair.b());
			matchRows.add(new Object[] { a.source(), a.id(), b.source(), b.id(), pair.weight() });
			touched.add(pair.a());
			touched.add(pair.b());
		}
		batches.batchUpdate("insert into registration_match (a_source, a_id, b_source, b_id, weight) "
				+ "values (?, ?, ?, ?, ?)", matchRows);
		steps.lap("links");
		return compared.size();
	}

	private void countNames(TermFrequencies frequencies, Map<String, String> nameKeys, Map<String, Long> counts) {
		for (Map.Entry<String, String> name : nameKeys.entrySet()) {
			String[] parts = name.getValue().split(":", 2);
			frequencies.count(Comparison.valueOf(parts[0]), parts[1], counts.getOrDefault(name.getKey(), 0L));
		}
	}

	/** Forms again the people of these registrations, inside the caller's transaction (after a decision). */
	void regroupNow(Collection<String> registrations) {
		running.lock();
		try {
			regroup(new HashSet<>(registrations), new HashSet<>(registrations));
		}
		finally {
			running.unlock();
		}
	}

	/**
	 * Forms again the people of these registrations (and of every registration linked to them), from the stored
	 * links and the coordinators' decisions, and gives each the id its registrations held where they held one.
	 * Only the {@code free} registrations (new, corrected, voided, or named by a decision) may leave the person
	 * they stood in: the others of one person stay together, so that a new registration joins a person or
	 * merges people but never splits one whose registrations did not change.
	 */
	private void regroup(Set<String> touched, Set<String> free) {
		Set<String> neighbourhood = new HashSet<>(touched);
		neighbourhood.addAll(personsOf(new ArrayList<>(touched)));
		Map<String, String> previous = new HashMap<>();
		Map<String, String> households = new LinkedHashMap<>();
		List<RecordKey> keys = neighbourhood.stream().sorted().map(RegistrationLinker::parse).toList();
		forEachSource(keys, (source, ids) -> {
			jdbc.sql("select source_code, registration_id, person_id from registration_person where "
					+ among("source_code", "registration_id")).params(source, ids)
				.query((row, n) -> previous.put(row.getString(1) + "/" + row.getString(2), row.getString(3))).list();
			jdbc.sql("select h.source_code, h.registration_id, r.household_id from registration_head h "
					+ "join registration r on r.id = h.version_id where not h.voided and "
					+ among("h.source_code", "h.registration_id")).params(source, ids)
				.query((row, n) -> households.put(row.getString(1) + "/" + row.getString(2),
						row.getString(1) + "/" + row.getString(3)))
				.list();
		});
		// a link or decision between two of them is read from both ends: kept once
		Map<String, ScoredPair> links = new HashMap<>();
		List<ScoredPair> same = new ArrayList<>();
		PersonGroups groups = new PersonGroups(households);
		forEachSource(keys, (source, ids) -> List.of(new String[] { "a_source", "a_id" },
				new String[] { "b_source", "b_id" }).forEach(end -> {
			jdbc.sql("select a_source, a_id, b_source, b_id, weight from registration_match where "
					+ among(end[0], end[1])).params(source, ids)
				.query((row, n) -> links.putIfAbsent(String.join("/", row.getString(1), row.getString(2),
						row.getString(3), row.getString(4)), new ScoredPair(row.getString(1) + "/" + row.getString(2),
								row.getString(3) + "/" + row.getString(4), row.getDouble(5))))
				.list();
			jdbc.sql("select a_source, a_id, b_source, b_id, same_person from registration_decision where "
					+ "withdrawn_at is null and " + among(end[0], end[1])).params(source, ids)
				.query((row, n) -> {
					String a = row.getString(1) + "/" + row.getString(2);
					String b = row.getString(3) + "/" + row.getString(4);
					if (row.getBoolean(5)) {
						same.add(new ScoredPair(a, b, Double.POSITIVE_INFINITY));
					}
					else {
						groups.keepApart(a, b);
					}
					return null;
				}).list();
		}));
		Map<String, List<String>> unchanged = new HashMap<>();
		previous.forEach((registration, person) -> {
			if (!free.contains(registration)) {
				unchanged.computeIfAbsent(person, p -> new ArrayList<>()).add(registration);
			}
		});
		unchanged.values().forEach(groups::holdTogether);
		List<ScoredPair> linked = new ArrayList<>(links.values());
		List<List<String>> people = groups.join(same, linked, Linkage.LINKING_WEIGHT).groups();
		Map<String, String> assigned = PersonIds.assign(people, previous, this::newPersonId);
		forEachSource(keys, (source, ids) -> deleteWhere("registration_person", "source_code", "registration_id",
				source, ids));
		List<Object[]> personRows = new ArrayList<>();
		for (Map.Entry<String, String> person : assigned.entrySet()) {
			RecordKey registration = parse(person.getKey());
			personRows.add(new Object[] { registration.source(), registration.id(), person.getValue() });
		}
		batches.batchUpdate("insert into registration_person (source_code, registration_id, person_id) "
				+ "values (?, ?, ?)", personRows);
	}

	/**
	 * A new person's id: a UUID of version 7, whose text sorts in the order ids were made, so that where two
	 * people merge the older id is kept; random otherwise, and telling nothing of the person.
	 */
	private String newPersonId() {
		long millis = clock.millis();
		long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

	/**
	 * A large run grows the keys and links inside its own transaction, where the planner of PostgreSQL still takes
	 * them for the size they had and reads them whole for each lookup; told their size, it uses their indexes.
	 */
	private void refreshStatistics() {
		if (database.isPostgres()) {
			jdbc.sql("analyze registration_link_key, registration_match").update();
		}
	}

	/** Those of these registrations that stand in a person: the ones linked by an earlier run. */
	private List<RecordKey> linkedBefore(List<RecordKey> registrations) {
		List<RecordKey> linked = new ArrayList<>();
		forEachSource(registrations, (source, ids) -> jdbc
			.sql("select source_code, registration_id from registration_person where "
					+ among("source_code", "registration_id"))
			.params(source, ids).query((row, n) -> linked.add(new RecordKey(row.getString(1), row.getString(2))))
			.list());
		return linked;
	}

	/** Every registration standing in the same person as any of these. */
	private Set<String> personsOf(List<String> registrations) {
		Set<String> all = new HashSet<>();
		forEachSource(registrations.stream().map(RegistrationLinker::parse).toList(), (source, ids) -> jdbc
			.sql("select p.source_code, p.registration_id from registration_person p where p.person_id in "
					+ "(select q.person_id from registration_person q where "
					+ among("q.source_code", "q.registration_id") + ")")
			.params(source, ids).query((row, n) -> all.add(row.getString(1) + "/" + row.getString(2))).list());
		return all;
	}

	/** The current registrations of these keys, decrypted into what linkage compares. */
	private Map<String, LinkageRecord> records(Collection<RecordKey> keys) {
		return records(keys, new HashSet<>());
	}

	/** As {@link #records(Collection)}, noting in {@code erased} those whose names were erased (none is read). */
	private Map<String, LinkageRecord> records(Collection<RecordKey> keys, Set<String> erased) {
		Map<String, LinkageRecord> records = new LinkedHashMap<>();
		forEachSource(keys, (source, ids) -> jdbc.sql("select h.source_code, h.registration_id, "
				+ "r.household_id, r.sex, r.adm1_code, r.adm2_code, r.returned_on, r.personal_data from registration_head h "
				+ "join registration r on r.id = h.version_id where not h.voided and "
				+ among("h.source_code", "h.registration_id")).params(source, ids).query((row, n) -> {
					if (PersonRecords.ERASED.equals(row.getString(8))) {
						erased.add(row.getString(1) + "/" + row.getString(2));
						return null;
					}
					PersonalData person = PersonalData.of(key.decrypt(row.getString(8)));
					LinkageRecord record = LinkageRecord.of(row.getString(1), row.getString(2), row.getString(3),
							person.given(), person.father(), person.grandfather(), person.family(), person.mother(),
							row.getString(4).charAt(0), person.birth(), person.nationalId(), row.getString(5),
							row.getString(6), row.getDate(7).toLocalDate());
					records.put(record.key(), record);
					return null;
				}).list());
		return records;
	}

	private Map<String, Long> keyCounts(List<String> hashes) {
		Map<String, Long> counts = new HashMap<>();
		forEachArray(hashes, part -> jdbc.sql("select key_hash, count(*) from registration_link_key "
				+ "where key_hash = any(?) group by key_hash").param(part)
			.query((row, n) -> counts.put(row.getString(1), row.getLong(2))).list());
		return counts;
	}

	private Map<String, Set<String>> holders(List<String> hashes) {
		Map<String, Set<String>> holders = new HashMap<>();
		forEachArray(hashes, part -> jdbc.sql("select key_hash, source_code, registration_id from "
				+ "registration_link_key where key_hash = any(?)").param(part)
			.query((row, n) -> holders.computeIfAbsent(row.getString(1), k -> new HashSet<>())
				.add(row.getString(2) + "/" + row.getString(3)))
			.list());
		return holders;
	}

	private void deleteWhere(String table, String sourceColumn, String idColumn, String source, String[] ids) {
		jdbc.sql("delete from " + table + " where " + among(sourceColumn, idColumn)).params(source, ids).update();
	}

	/**
	 * Registrations of one source named by an array of ids: one parameter whatever their number, which both
	 * databases plan at once and look up by the index, where a list of pairs is planned one pair at a time.
	 */
	private static String among(String sourceColumn, String idColumn) {
		return sourceColumn + " = ? and " + idColumn + " = any(?)";
	}

	/** The keys source by source, their ids in arrays of at most {@value #ARRAY}. */
	private static void forEachSource(Collection<RecordKey> keys, BiConsumer<String, String[]> action) {
		Map<String, List<String>> bySource = new TreeMap<>();
		for (RecordKey key : keys) {
			bySource.computeIfAbsent(key.source(), s -> new ArrayList<>()).add(key.id());
		}
		bySource.forEach((source, ids) -> forEachArray(ids, part -> action.accept(source, part)));
	}

	private static void forEachArray(List<String> all, Consumer<String[]> action) {
		for (int from = 0; from < all.size(); from += ARRAY) {
			action.accept(all.subList(from, Math.min(all.size(), from + ARRAY)).toArray(String[]::new));
		}
	}

	/** A registration's key from its {@code SOURCE/id} form: a source code holds no slash. */
	static RecordKey parse(String key) {
		int slash = key.indexOf('/');
		return new RecordKey(key.substring(0, slash), key.substring(slash + 1));
	}
}
