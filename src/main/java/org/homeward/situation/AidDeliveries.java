package org.homeward.situation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.geography.Place;
import org.homeward.geography.Places;
import org.homeward.situation.SituationItems.AidDelivery;
import org.homeward.situation.internal.AidDeliveryRepository;
import org.homeward.situation.internal.Problems;
import org.homeward.situation.internal.SituationChanges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The aid delivered to places on days, each delivery recorded with who and when; a refused one writes nothing. */
@Service
public class AidDeliveries {

	/** What the column holds: decimal(14, 2). */
	private static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999.99");

	private final AidDeliveryRepository store;
	private final Places places;
	private final SituationChanges changes;

	AidDeliveries(AidDeliveryRepository store, Places places, SituationChanges changes) {
		this.store = store;
		this.places = places;
		this.changes = changes;
	}

	/** Aid delivered in the days {@code from}..{@code to}. */
	@Transactional(readOnly = true)
	public List<AidDelivery> deliveredIn(LocalDate from, LocalDate to) {
		return store.deliveredIn(from, to);
	}

	@Transactional
	public AidDelivery record(AidRequest request) {
		Optional<Place> place = request.place() == null ? Optional.empty() : places.find(request.place());
		String source = changes.check(request.source(), problems -> request.check(place.isPresent(), problems));
		AidDelivery aid = new AidDelivery(0, request.deliveredOn(), place.get().code(), request.what().strip(),
				request.quantity(), request.unit().strip(), request.deliveredBy().strip(), source, changes.now(),
				changes.actor());
		long id = store.insert(aid);
		changes.audit("aid.delivered", "aid_delivery", Long.toString(id), Map.of("what", aid.what(), "place",
				aid.place()), null);
		return new AidDelivery(id, aid.deliveredOn(), aid.place(), aid.what(), aid.quantity(), aid.unit(),
				aid.deliveredBy(), aid.source(), aid.recordedAt(), aid.recordedBy());
	}

	/** What a person sends to record an aid delivery. */
	public record AidRequest(LocalDate deliveredOn, String place, String what, BigDecimal quantity, String unit,
			String deliveredBy, String source) {

		/**
		 * Names every problem of the delivery but its source's, given whether its place code names a place: a
		 * quantity the column holds, with at most two decimals.
		 */
		void check(boolean placeFound, Problems problems) {
			problems.notFuture("deliveredOn", deliveredOn);
			if (!placeFound) {
				problems.add("place", place, "Name the place by its p-code, entry point or camp code.");
			}
			problems.requiredLine("what", what, 300);
			if (quantity == null || quantity.signum() < 0 || quantity.stripTrailingZeros().scale() > 2
					|| quantity.compareTo(MAX_QUANTITY) > 0) {
				problems.add("quantity", quantity, "A quantity is a number from 0 to " + MAX_QUANTITY.toPlainString()
						+ ", with at most two decimals.");
			}
			problems.requiredLine("unit", unit, 40);
			problems.requiredLine("deliveredBy", deliveredBy, 200);
		}
	}
}
