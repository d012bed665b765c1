package org.homeward.reconstruction.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.homeward.geography.HomeCountry;
import org.homeward.geography.Places;
import org.homeward.reconstruction.FacilityBatch;
import org.homeward.reconstruction.FacilityField;
import org.homeward.reconstruction.FacilityRowInput;
import org.homeward.reconstruction.FacilityType;
import org.homeward.sources.Sources;
import org.homeward.ledger.ImportSteps;
import org.homeward.ledger.ImportSummary;
import org.homeward.ledger.PreviousImport;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.homeward.ledger.Reasons;
import org.homeward.access.Scope;
import org.springframework.stereotype.Component;

/** Streams a batch of facility events through validation and staging, checks it whole, and applies it. */
@Component
public class FacilityWriter {

	static final int MAX_LISTED_ERRORS = 1_000;

	private final FacilityRepository repository;
	private final FacilityTimelines timelines;
	private final Places places;
	private final Sources sources;
	private final HomeCountry homeCountry;
	private final Clock clock;
	private final MeterRegistry meters;

	FacilityWriter(FacilityRepository repository, FacilityTimelines timelines, Places places, Sources sources,
			HomeCountry homeCountry, Clock clock, MeterRegistry meters) {
		this.meters = meters;
		this.repository = repository;
		this.timelines = timelines;
		this.places = places;
		this.sources = sources;
		this.homeCountry = homeCountry;
		this.clock = clock;
	}

	public ImportSummary write(FacilityBatch batch, Instant at, String actor, Scope scope) {
		Reasons.check(batch.reason());
		Set<String> types = repository.types().stream().map(FacilityType::code).collect(Collectors.toSet());
		EventValidator validator = new EventValidator(places, sources, types, homeCountry.today(clock), batch.columns(),
				scope);
		ImportSteps steps = new ImportSteps(meters, "facilities");
		long importId = repository.startImport(batch.idempotencyKey(), batch.fileName(), at, actor);
		List<InputError> errors = new ArrayList<>();
		List<StagedEvent> pending = new ArrayList<>(FacilityRepository.BATCH_SIZE);
		long rows = 0;
		long errorCount = 0;
		Iterator<FacilityRowInput> input = batch.rows();
		while (input.hasNext()) {
			rows++;
			List<InputError> rowErrors = new ArrayList<>(2);
			Optional<StagedEvent> valid = validator.validate(input.next(), rowErrors);
			errorCount += rowErrors.size();
			rowErrors.stream().limit(Math.max(0, MAX_LISTED_ERRORS - errors.size())).forEach(errors::add);
			if (valid.isPresent() && errorCount == 0) {
				pending.add(valid.get());
				if (pending.size() == FacilityRepository.BATCH_SIZE) {
					repository.stage(importId, pending);
					pending.clear();
				}
			}
		}
		if (errorCount > 0) {
			throw InvalidInputException.ofRows(errors, errorCount, rows);
		}
		if (rows == 0) {
			throw InvalidInputException.noRows();
		}
		repository.stage(importId, pending);
		steps.done("read-validate-stage");
		String idColumn = batch.columns().get(FacilityField.EVENT_ID);
		errors.addAll(repository.duplicatedEvents(importId, idColumn, MAX_LISTED_ERRORS));
		errors.addAll(repository.voidsOfUnknownEvents(importId, idColumn, MAX_LISTED_ERRORS));
		Set<Long> outside = new java.util.HashSet<>();
		if (scope.limitsPlaces()) {
			// an event or facility known elsewhere stays out of reach, whether the row corrects, voids or moves it
			// in; it is answered as one not known at all, or as an id outside the area, never by where it stands
			repository.settlementsOfKnownEvents(importId).forEach((row, known) -> {
				if (!validator.covers(known.settlement()) && errors.size() < MAX_LISTED_ERRORS) {
					outside.add(row);
					errors.add(new InputError(row, idColumn, known.code(), known.voiding()
							? FacilityRepository.noEventToRetract(known.source()) : validator.knownOutsideArea("id")));
				}
			});
			String facilityColumn = batch.columns().get(FacilityField.FACILITY_CODE);
			repository.settlementsOfKnownFacilities(importId).forEach((row, known) -> {
				if (!validator.covers(known.settlement()) && !outside.contains(row)
						&& errors.size() < MAX_LISTED_ERRORS) {
					outside.add(row);
					errors.add(new InputError(row, facilityColumn, known.code(), validator.knownOutsideArea("facility")));
				}
			});
		}
		// a row refused above is not named again by the settlement its facility stands in
		repository.facilitiesChanged(importId, batch.columns().get(FacilityField.FACILITY_TYPE),
				batch.columns().get(FacilityField.ADM1), MAX_LISTED_ERRORS).stream()
			.filter(error -> !outside.contains(error.row())).forEach(errors::add);
		if (!errors.isEmpty()) {
			errors.sort(java.util.Comparator.comparing(InputError::row, java.util.Comparator.nullsFirst(Long::compare)));
			throw InvalidInputException.ofRows(errors, errors.size(), rows);
		}
		steps.done("check");
		ImportSummary summary = repository.apply(importId, rows, at, actor, batch.reason())
			.withIgnoredColumns(batch.ignoredColumns());
		steps.done("apply");
		timelines.refresh(importId);
		steps.done("timelines");
		repository.finish(importId, summary, batch.fileSha256().get(), String.join("\n", batch.ignoredColumns()));
		steps.done("finish");
		return summary;
	}

	public Optional<PreviousImport> previousAnswer(String account, String idempotencyKey) {
		return repository.findByIdempotencyKey(account, idempotencyKey);
	}
}
