package org.homeward.ledger;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times the steps of one write of a ledger into the timer {@value #TIMER}, tagged with the ledger and the step:
 * where an import's time goes, for an operator (on {@code /actuator/prometheus}) and for the benchmarks. A step
 * lasts from the end of the one before it, or from the start of the write.
 */
public final class ImportSteps {

	public static final String TIMER = "homeward.import.step";

	private final MeterRegistry registry;
	private final String ledger;
	private long stepStarted = System.nanoTime();

	public ImportSteps(MeterRegistry registry, String ledger) {
		this.registry = registry;
		this.ledger = ledger;
	}

	/** Ends a step: the time since the previous step ended is recorded under this one's name. */
	public void done(String step) {
		long now = System.nanoTime();
		Timer.builder(TIMER).description("Time spent in each step of a write of a ledger")
			.tag("ledger", ledger).tag("step", step).register(registry)
			.record(now - stepStarted, TimeUnit.NANOSECONDS);
		stepStarted = now;
	}
}
