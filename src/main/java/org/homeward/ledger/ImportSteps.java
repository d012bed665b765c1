package org.homeward.ledger;

import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

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
	private final UnaryOperator<String> names;
	private long stepStarted = System.nanoTime();

	public ImportSteps(MeterRegistry registry, String ledger) {
		this(registry, ledger, UnaryOperator.identity());
	}

	/**
	 * {@code names} gives the name a step is reported under; null for a step reported as part of the one after it,
	 * for a ledger whose operators know its writes by coarser steps.
	 */
	public ImportSteps(MeterRegistry registry, String ledger, UnaryOperator<String> names) {
		this.registry = registry;
		this.ledger = ledger;
		this.names = names;
	}

	/** Ends a step: the time since the previous step ended is recorded under this one's name. */
	public void done(String step) {
		String name = names.apply(step);
		if (name == null) {
			return;
		}
		long now = System.nanoTime();
		Timer.builder(TIMER).description("Time spent in each step of a write of a ledger")
			.tag("ledger", ledger).tag("step", name).register(registry)
			.record(now - stepStarted, TimeUnit.NANOSECONDS);
		stepStarted = now;
	}
}
