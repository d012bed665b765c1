package org.homeward.situation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import org.homeward.access.AuditTrail;
import org.homeward.geography.HomeCountry;
import org.homeward.situation.SituationChanged;
import org.homeward.sources.Source;
import org.homeward.sources.Sources;
import org.homeward.web.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every change of the situation shares, whatever its subject: its request checked against today and the
 * registered sources, who makes it and when, its audit entry and announcement, and the versions it leaves.
 */
@Component
public class SituationChanges {

	private final Sources sources;
	private final AuditTrail auditTrail;
	private final HomeCountry homeCountry;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	SituationChanges(Sources sources, AuditTrail auditTrail, HomeCountry homeCountry, Clock clock,
			ApplicationEventPublisher events) {
		this.sources = sources;
		this.auditTrail = auditTrail;
		this.homeCountry = homeCountry;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Checks a request whole, its source first and then its own {@code rules}, and answers the code of its
	 * registered source; a request with any problem is refused naming every one.
	 */
	public String check(String source, Consumer<Problems> rules) {
		Problems problems = new Problems(homeCountry.today(clock), code -> sources.find(code).map(Source::code));
		String code = problems.source(source);
		rules.accept(problems);
		problems.throwIfAny();
		return code;
	}

	/** When a change is recorded. */
	public Instant now() {
		return clock.instant();
	}

	/** Who records a change. */
	public String actor() {
		return auditTrail.currentActor();
	}

	/** Every change is audited and announced, in the transaction that makes it. */
	public void audit(String action, String type, String id, Map<String, ?> details, String reason) {
		auditTrail.record(auditTrail.currentActor(), action, type, id, details, reason);
		events.publishEvent(new SituationChanged(action));
	}

	/** The versions of an item as {@code read} finds them, the first first; a 404 problem when there are none. */
	public <T> List<T> versions(String item, long id, LongFunction<List<T>> read) {
		List<T> versions = read.apply(id);
		if (versions.isEmpty()) {
			throw ProblemException.notFound(item, Long.toString(id));
		}
		return versions;
	}
}
