package org.homeward.linkage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The linkage benchmark of docs/benchmarks.md, not part of the test run (its name is not a test's): the synthetic
 * population at each size of {@code -Dlinkage.sizes} (default 10,000 and 100,000), learned and linked in memory,
 * with pairwise quality, candidate pairs, time and peak heap. Run by {@code bench/linkage.sh}.
 */
class LinkageBenchmark {

	@Test
	void measures() throws IOException {
		int[] sizes = Arrays.stream(System.getProperty("linkage.sizes", "10000,100000").split(","))
			.mapToInt(Integer::parseInt).toArray();
		Path out = Path.of(System.getProperty("linkage.out", "target/linkage-benchmark.txt"));
		write(out, String.format("%s; %d cores; max heap %d MB%n", java.time.Instant.now(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
		for (int size : sizes) {
			System.gc();
			resetPeaks();
			long start = System.nanoTime();
			List<SyntheticRegistration> rows = SyntheticPopulation.generate(size, 1, LinkageQualityTest.SOURCES,
					LinkageQualityTest.PLACES, LinkageQualityTest.HOST_COUNTRIES, LinkageQualityTest.ENTRY_POINTS);
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
							+ "thread); peak heap %,d MB%n",
					size, result.candidatePairs(), 100 * result.candidatePairs() / allPairs, score.precision(),
					score.recall(), score.f1(), score.arabicLatinRecall(), score.distinctPredicted(),
					score.distinctTrue(), 100.0 * (score.distinctPredicted() - score.distinctTrue()) / score.distinctTrue(),
					(normalised - start) / 1e9, (learned - normalised) / 1e9, linkSeconds,
					result.candidatePairs() / linkSeconds, peakHeap() >> 20));
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
}
