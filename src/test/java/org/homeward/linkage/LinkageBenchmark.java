package org.homeward.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * How well and how fast linkage finds the people of a synthetic population, at the sizes asked for, in memory:
 * one line per size with the pairwise scores against the truth, the candidate pairs, the time to learn and to
 * link, and the most heap the live data held. With {@code csv N FILE [TRUTH]}, writes the population instead, as
 * section 5's HXL CSV for the import endpoint, and the true person of each registration beside it. A program, not
 * a test: it takes minutes at a million.
 */
public final class LinkageBenchmark {

	/** Sources every instance knows from its first migration: the first writes Arabic, then Latin, then Cyrillic. */
	static final List<String> SOURCES = List.of("JCHQ", "UNHCR", "IOM");
	static final List<String> HOST_COUNTRIES = List.of("LBN", "TUR", "JOR", "IRQ", "EGY");
	static final long SEED = 1;

	private LinkageBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		if ((args.length == 3 || args.length == 4) && args[0].equals("csv")) {
			writeCsv(Integer.parseInt(args[1]), Path.of(args[2]), args.length == 4 ? Path.of(args[3]) : null);
			return;
		}
		if (args.length == 0) {
			System.err.println("usage: LinkageBenchmark N [N ...]  |  LinkageBenchmark csv N FILE [TRUTH]");
			System.exit(2);
		}
		LiveHeap heap = LiveHeap.watch();
		for (String size : args) {
			System.out.println(measure(Integer.parseInt(size), heap));
		}
	}

	/** The population as an import file, and beside it, when asked, who each registration really is. */
	private static void writeCsv(int size, Path file, Path truth) throws IOException {
		List<SyntheticRegistration> rows = population(size);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			SyntheticPopulation.writeCsv(rows, out);
		}
		if (truth != null) {
			try (Writer out = Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
				out.write("source,id,person,household\n");
				for (SyntheticRegistration row : rows) {
					out.write(row.source() + "," + row.id() + "," + row.truePerson() + "," + row.trueHousehold() + "\n");
				}
			}
		}
		Set<String> people = new HashSet<>();
		Set<String> households = new HashSet<>();
		for (SyntheticRegistration row : rows) {
			people.add(row.truePerson());
			households.add(row.trueHousehold());
		}
		System.out.printf(Locale.ROOT, "%d registrations of %d people in %d households written%n", rows.size(),
				people.size(), households.size());
	}

	private static String measure(int size, LiveHeap heap) {
		System.gc();
		heap.reset();
		List<SyntheticRegistration> rows = population(size);
		List<LinkageRecord> records = LinkageQualityTest.records(rows);
		long started = System.nanoTime();
		LinkageModel model = Linkage.learn(records, SEED);
		double learnSeconds = (System.nanoTime() - started) / 1e9;
		started = System.nanoTime();
		Linkage.Result result = Linkage.link(records, model);
		double linkSeconds = (System.nanoTime() - started) / 1e9;
		System.gc();
		SyntheticPopulation.PairwiseScore score = SyntheticPopulation.score(rows,
				LinkageQualityTest.personByRegistration(result.people()));
		double allPairs = (double) size * (size - 1) / 2;
		// linking runs on one thread: pairs per second of the link step is per core
		double pairsPerSecond = result.candidatePairs() / linkSeconds;
		double off = 100.0 * (score.distinctPredicted() - score.distinctTrue()) / score.distinctTrue();
		return String.format(Locale.ROOT,
				"registrations %d: candidate pairs %d (%.4f %% of all pairs), precision %.4f, recall %.4f, F1 %.4f, "
						+ "Arabic-Latin recall %.4f, distinct people %d true, %d found (%+.2f %%), learn %.1f s, "
						+ "link %.1f s, %.0f scored pairs/s/core, peak live heap %d MB",
				size, result.candidatePairs(), 100 * result.candidatePairs() / allPairs, score.precision(),
				score.recall(), score.f1(), score.arabicLatinRecall(), score.distinctTrue(), score.distinctPredicted(),
				off, learnSeconds, linkSeconds, pairsPerSecond, heap.peak() >> 20);
	}

	/** The population of the benchmark: seed 1, the instance's sources, its districts and entry points. */
	static List<SyntheticRegistration> population(int size) {
		return SyntheticPopulation.generate(size, SEED, SOURCES, districts(), HOST_COUNTRIES, entryPoints());
	}

	/** Every district of the reference geography, under its governorate. */
	static List<SyntheticPopulation.Place> districts() {
		List<SyntheticPopulation.Place> places = new ArrayList<>();
		for (String[] row : reference("districts.csv")) {
			places.add(new SyntheticPopulation.Place(row[3], row[0]));
		}
		return places;
	}

	/** The reference entry points that face one of the host countries. */
	static List<String> entryPoints() {
		List<String> codes = new ArrayList<>();
		for (String[] row : reference("entry-points.csv")) {
			if (HOST_COUNTRIES.contains(row[5])) {
				codes.add(row[0]);
			}
		}
		return codes;
	}

	/** A reference file's rows without its header; the first columns hold no comma. */
	private static List<String[]> reference(String file) {
		InputStream in = LinkageBenchmark.class.getResourceAsStream("/reference/" + file);
		if (in == null) {
			throw new IllegalStateException("The reference file " + file + " is not on the class path.");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).map(line -> line.split(",", -1)).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The most heap in use just after a collection: what the live data held, garbage aside. */
	static final class LiveHeap {

		private final AtomicLong peak = new AtomicLong();

		static LiveHeap watch() {
			LiveHeap heap = new LiveHeap();
			Set<String> heapPools = new HashSet<>();
			for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					heapPools.add(pool.getName());
				}
			}
			for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
					if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
						return;
					}
					GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
						.from((CompositeData) notification.getUserData());
					long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
						.filter(pool -> heapPools.contains(pool.getKey()))
						.mapToLong(pool -> pool.getValue().getUsed()).sum();
					heap.peak.accumulateAndGet(used, Math::max);
				}, null, null);
			}
			return heap;
		}

		void reset() {
			peak.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		}

		long peak() {
			return peak.get();
		}
	}
}
