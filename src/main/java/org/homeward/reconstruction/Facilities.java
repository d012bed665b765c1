package org.homeward.reconstruction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.access.AuditTrail;
import org.homeward.reconstruction.internal.FacilityWriter;
import org.homeward.web.ImportSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records facility status events (validated whole, applied in one transaction or refused with every problem)
 * and answers the reconstruction figures: what was put into operation in a period, what works are under way.
 */
@Service
public class Facilities {

	private static final Logger log = LoggerFactory.getLogger(Facilities.class);

	private final FacilityWriter writer;
	private final AuditTrail auditTrail;
	private final Clock clock;

	Facilities(FacilityWriter writer, AuditTrail auditTrail, Clock clock) {
		this.writer = writer;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	@Transactional
	public ImportSummary record(FacilityBatch batch) {
		String actor = auditTrail.currentActor();
		ImportSummary summary = writer.write(batch, clock.instant(), actor);
		auditTrail.record(actor, "facilities.imported", "facility_import", Long.toString(summary.importId()),
				Map.of("file", String.valueOf(batch.fileName()), "rows", summary.rows(), "created", summary.created(),
						"superseded", summary.superseded(), "unchanged", summary.unchanged(), "voided",
						summary.voided()),
				batch.reason());
		log.info("facility events applied importId={} file={} rows={} created={} superseded={} unchanged={} voided={}",
				summary.importId(), batch.fileName(), summary.rows(), summary.created(), summary.superseded(),
				summary.unchanged(), summary.voided());
		return summary;
	}

	/** Whether any facility status event was ever recorded, by any source. */
	public boolean hasEvents() {
		return writer.hasEvents();
	}

	public Optional<ImportSummary> previousAnswer(String idempotencyKey) {
		return writer.previousAnswer(idempotencyKey);
	}

	/** The registered facility types, in the order briefings list them. */
	public List<FacilityType> types() {
		return writer.types();
	}

	/** Facilities put into operation in the days {@code from}..{@code to}, by type code; null knownAt: now. */
	@Transactional(readOnly = true)
	public Map<String, Long> putIntoOperation(String source, LocalDate from, LocalDate to, Instant knownAt) {
		return writer.putIntoOperation(source, from, to, knownAt, true);
	}

	/** Facilities with works under way as of a day, by type and by governorate, and the settlements they stand in. */
	@Transactional(readOnly = true)
	public WorksUnderWay worksUnderWay(String source, LocalDate asOf, Instant knownAt) {
		return writer.worksUnderWay(source, asOf, knownAt);
	}

	/** Facilities put into operation in the period, by governorate p-code. */
	@Transactional(readOnly = true)
	public Map<String, Long> putIntoOperationByGovernorate(String source, LocalDate from, LocalDate to, Instant knownAt) {
		return writer.putIntoOperation(source, from, to, knownAt, false);
	}

	/** A facility with its status history, or a 404 problem. */
	@Transactional(readOnly = true)
	public FacilityHistory history(String source, String code) {
		return writer.history(source, code)
			.orElseThrow(() -> org.homeward.web.ProblemException.notFound("Facility", source + "/" + code));
	}

	/**
	 * Passes each status event that counts for a source to {@code action} as the cells of an exchange row: event id,
	 * source, facility code, name, type, governorate, settlement, status, day. Streams; in recording order.
	 */
	@Transactional(readOnly = true)
	public void forEachEvent(String source, java.util.function.Consumer<String[]> action) {
		writer.forEachEvent(source, action);
	}
}
