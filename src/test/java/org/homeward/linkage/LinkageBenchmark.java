package org.homeward.linkage;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.junit.jupiter.api.Test;

/**
 * The linkage benchmark of docs/benchmarks.md, not part of the test run (its name is not a test's): the synthetic
 * population at each size of {@code -Dlinkage.sizes} (default 10,000 and 100,000), learned and linked in memory,
 * with pairwise quality, candidate pairs, time and peak heap. Run by {@code bench/linkage.sh}, as a program: with
 * sizes as arguments it measures them; with {@code csv N FILE [TRUTH]} it writes N registrations as section 5's
 * HXL CSV for a server's import (sources, districts and entry points every instance knows), and the true person
 * of each registration beside it.
 */
class LinkageBenchmark {

	/** Sources every instance knows from its first migration: the first writes Arabic, then Latin, then Cyrillic. */
	static final List<String> INSTANCE_SOURCES = List.of("JCHQ", "UNHCR", "IOM");

	public static void main(String[] args) throws IOException {
		if ((args.length == 3 || args.length == 4) && args[0].equals("csv")) {
			writeCsv(Integer.parseInt(args[1]), Path.of(args[2]), args.length == 4 ? Path.of(args[3]) : null);
			return;
		}
		boolean instance = args.length > 0 && args[0].equals("instance");
		if (args.length == (instance ? 1 : 0)) {
			System.err.println("usage: LinkageBenchmark [instance] N [N ...] | LinkageBenchmark csv N FILE [TRUTH]");
			System.exit(2);
		}
		measure(Arrays.stream(args).skip(instance ? 1 : 0).mapToInt(Integer::parseInt).toArray(),
				Path.of(System.getProperty("linkage.out", "target/linkage-benchmark.txt")), instance);
	}

	@Test
	void measures() throws IOException {
		measure(Arrays.stream(System.getProperty("linkage.sizes", "10000,100000").split(","))
			.mapToInt(Integer::parseInt).toArray(),
				Path.of(System.getProperty("linkage.out", "target/linkage-benchmark.txt")), false);
	}

	/**
	 * {@code instance}: the population the server's benchmark imports (its sources, every district), so that the
	 * server's people can be held against what the same code finds in memory.
	 */
	private static void measure(int[] sizes, Path out, boolean instance) throws IOException {
		LiveHeap live = LiveHeap.watch();
		write(out, String.format("%s; %d cores; max heap %d MB%n", java.time.Instant.now(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
		for (int size : sizes) {
			System.gc();
			resetPeaks();
			live.reset();
			long start = System.nanoTime();
			List<SyntheticRegistration> rows = instance ? instancePopulation(size)
					: SyntheticPopulation.generate(size, 1, LinkageQualityTest.SOURCES, LinkageQualityTest.PLACES,
							LinkageQualityTest.HOST_COUNTRIES, LinkageQualityTest.ENTRY_POINTS);
			List<LinkageRecord> records = LinkageQualityTest.records(rows);
			long normalised = System.nanoTime();
			LinkageModel model = Linkage.learn(records, 1);
			long learned = System.nanoTime();
			Linkage.Result result = Linkage.link(records, model);
			long linked = System.nanoTime();
			SyntheticPopulation.PairwiseScore score = SyntheticPopulation.score(rows,
					LinkageQualityTest.personByRegistration(result.people()));
			double allPairs = size * (size - 1.0) / 2;
			double linkSeconds = (linked - learned) / 1e9;
			write(out, String.format(java.util.Locale.ROOT,
					"%,d registrations: candidate pairs %,d (%.4f %% of all pairs); precision %.4f, recall %.4f, "
							+ "F1 %.4f, Arabic-Latin recall %.4f; people %,d found, %,d true (%+.2f %%); "
							+ "generate+normalise %.1f s, learn %.1f s, link %.1f s (%,.0f scored pairs/s on one "
							+ "thread); peak heap %,d MB, live after a collection %,d MB%n",
					size, result.candidatePairs(), 100 * result.candidatePairs() / allPairs, score.precision(),
					score.recall(), score.f1(), score.arabicLatinRecall(), score.distinctPredicted(),
					score.distinctTrue(), 100.0 * (score.distinctPredicted() - score.distinctTrue()) / score.distinctTrue(),
					(normalised - start) / 1e9, (learned - normalised) / 1e9, linkSeconds,
					result.candidatePairs() / linkSeconds, peakHeap() >> 20, live.peak() >> 20));
		}
	}

	private static void write(Path out, String line) throws IOException {
		System.out.print(line);
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
	}

	/** The population as an import file, and beside it, when asked, who each registration really is. */
	private static void writeCsv(int size, Path file, Path truth) throws IOException {
		List<SyntheticRegistration> rows = instancePopulation(size);
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

	/** Every district of the reference geography, under its governorate. */
	private static List<SyntheticRegistration> instancePopulation(int size) {
		return InstancePopulation.generate(size, 1, INSTANCE_SOURCES);
	}


	/** The most heap in use just after a collection: what the live data held, garbage aside. */
	static final class LiveHeap {

		private final AtomicLong peak = new AtomicLong();

		static LiveHeap watch() {
			LiveHeap heap = new LiveHeap();
			Set<String> heapPools = new HashSet<>();
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
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
