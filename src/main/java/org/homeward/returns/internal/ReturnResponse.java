package org.homeward.returns.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.homeward.returns.AgeBand;
import org.homeward.returns.ReturnCount;
import org.homeward.returns.ReturnVersion;

/** A version of a return record as the API publishes it; field names follow the request's. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReturnResponse(String source, String id, int version, boolean voided, LocalDate date, String category,
		int persons, String adm1, String adm2, String adm3, String adm4, String originCountry, String originAdm1,
		String entryPoint, Integer female, Integer male, Map<String, Integer> ages, Integer households,
		Instant recordedAt, String recordedBy, Long importId, String reason) {

	static ReturnResponse from(ReturnVersion version) {
		ReturnCount count = version.content();
		ReturnCount.AgeBreakdown ages = count.ages();
		Map<String, Integer> bands = new LinkedHashMap<>();
		put(bands, AgeBand.AGE_0_4, ages.age0to4());
		put(bands, AgeBand.AGE_5_11, ages.age5to11());
		put(bands, AgeBand.AGE_12_17, ages.age12to17());
		put(bands, AgeBand.AGE_18_59, ages.age18to59());
		put(bands, AgeBand.AGE_60_PLUS, ages.age60plus());
		return new ReturnResponse(version.source(), version.recordId(), version.version(), version.voided(),
				count.day(), count.category().apiName(), count.persons(), count.destination().adm1(),
				count.destination().adm2(), count.destination().adm3(), count.destination().adm4(),
				count.originCountry(), count.originAdm1(), count.entryPoint(), count.female(), count.male(),
				bands.isEmpty() ? null : bands, count.households(), version.recordedAt(), version.recordedBy(),
				version.importId(), version.reason());
	}

	private static void put(Map<String, Integer> bands, AgeBand band, Integer persons) {
		if (persons != null) {
			bands.put(band.label(), persons);
		}
	}
}
