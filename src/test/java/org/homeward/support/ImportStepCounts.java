package org.homeward.support;

import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.homeward.ledger.ImportSteps;

/** How many times each step of a ledger's writes has been timed so far. */
public final class ImportStepCounts {

	private ImportStepCounts() {
	}

	public static Map<String, Long> of(MeterRegistry meters, String ledger) {
		Map<String, Long> counts = new TreeMap<>();
		for (Timer timer : meters.find(ImportSteps.TIMER).tag("ledger", ledger).timers()) {
			counts.put(timer.getId().getTag("step"), timer.count());
		}
		return counts;
	}

	/** The counts after, less those before, step by step. */
	public static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
		Map<String, Long> added = new TreeMap<>();
		after.forEach((step, count) -> added.put(step, count - before.getOrDefault(step, 0L)));
		return added;
	}
}
