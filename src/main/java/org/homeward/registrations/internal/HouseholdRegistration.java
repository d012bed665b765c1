package org.homeward.registrations.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.homeward.ledger.ImportSummary;
import org.homeward.registrations.RegistrationBatch;
import org.homeward.registrations.RegistrationField;
import org.homeward.registrations.RegistrationRowInput;
import org.homeward.registrations.Registrations;
import org.homeward.web.ProblemException;
import org.springframework.stereotype.Component;

/**
 * A household registered at once, head and members, by the JSON API or the page's form: one batch of the
 * registration ledger, all or nothing, each member a row numbered from 1 as problems name them.
 */
@Component
class HouseholdRegistration {

	/** One member as a data officer registers them: the person's own fields. */
	record Member(String id, String relationship, String given, String father, String grandfather, String family,
			String mother, String sex, String birth, String nationalId) {
	}

	/** What the members share, and each member. */
	record Household(String source, String household, String category, String returned, String registered,
			String adm1, String adm2, String adm3, String adm4, String originCountry, String entryPoint,
			List<Member> members, String reason) {
	}

	/** How a problem names each field: as the JSON request and the form name it. */
	static final Map<RegistrationField, String> FIELDS = Map.ofEntries(
			Map.entry(RegistrationField.REGISTRATION_ID, "id"), Map.entry(RegistrationField.SOURCE, "source"),
			Map.entry(RegistrationField.HOUSEHOLD_ID, "household"),
			Map.entry(RegistrationField.RELATIONSHIP, "relationship"), Map.entry(RegistrationField.GIVEN_NAME, "given"),
			Map.entry(RegistrationField.FATHER_NAME, "father"),
			Map.entry(RegistrationField.GRANDFATHER_NAME, "grandfather"),
			Map.entry(RegistrationField.FAMILY_NAME, "family"), Map.entry(RegistrationField.MOTHER_NAME, "mother"),
			Map.entry(RegistrationField.SEX, "sex"), Map.entry(RegistrationField.BIRTH, "birth"),
			Map.entry(RegistrationField.NATIONAL_ID, "nationalId"), Map.entry(RegistrationField.CATEGORY, "category"),
			Map.entry(RegistrationField.RETURN_DAY, "returned"),
			Map.entry(RegistrationField.REGISTRATION_DAY, "registered"), Map.entry(RegistrationField.ADM1, "adm1"),
			Map.entry(RegistrationField.ADM2, "adm2"), Map.entry(RegistrationField.ADM3, "adm3"),
			Map.entry(RegistrationField.ADM4, "adm4"), Map.entry(RegistrationField.ORIGIN_COUNTRY, "originCountry"),
			Map.entry(RegistrationField.ENTRY_POINT, "entryPoint"));

	private final Registrations registrations;

	HouseholdRegistration(Registrations registrations) {
		this.registrations = registrations;
	}

	ImportSummary register(Household household) {
		if (household.members() == null || household.members().isEmpty()) {
			throw ProblemException.invalid("members", null, "a household has at least one member, its head.");
		}
		Map<RegistrationField, String> columns = new EnumMap<>(FIELDS);
		List<RegistrationRowInput> rows = new ArrayList<>();
		for (int i = 0; i < household.members().size(); i++) {
			Member member = household.members().get(i);
			if (member == null) {
				throw ProblemException.invalid("members", null, "member " + (i + 1) + " is empty.");
			}
			Map<RegistrationField, String> values = new EnumMap<>(RegistrationField.class);
			put(values, RegistrationField.REGISTRATION_ID, member.id());
			put(values, RegistrationField.SOURCE, household.source());
			put(values, RegistrationField.HOUSEHOLD_ID, household.household());
			put(values, RegistrationField.RELATIONSHIP, member.relationship());
			put(values, RegistrationField.GIVEN_NAME, member.given());
			put(values, RegistrationField.FATHER_NAME, member.father());
			put(values, RegistrationField.GRANDFATHER_NAME, member.grandfather());
			put(values, RegistrationField.FAMILY_NAME, member.family());
			put(values, RegistrationField.MOTHER_NAME, member.mother());
			put(values, RegistrationField.SEX, member.sex());
			put(values, RegistrationField.BIRTH, member.birth());
			put(values, RegistrationField.NATIONAL_ID, member.nationalId());
			put(values, RegistrationField.CATEGORY, household.category());
			put(values, RegistrationField.RETURN_DAY, household.returned());
			put(values, RegistrationField.REGISTRATION_DAY, household.registered());
			put(values, RegistrationField.ADM1, household.adm1());
			put(values, RegistrationField.ADM2, household.adm2());
			put(values, RegistrationField.ADM3, household.adm3());
			put(values, RegistrationField.ADM4, household.adm4());
			put(values, RegistrationField.ORIGIN_COUNTRY, household.originCountry());
			put(values, RegistrationField.ENTRY_POINT, household.entryPoint());
			rows.add(new RegistrationRowInput(i + 1, values));
		}
		return registrations.record(new RegistrationBatch(null, null, columns, List.of(), rows.iterator(),
				() -> "household " + household.source() + "/" + household.household(), household.reason()));
	}

	private static void put(Map<RegistrationField, String> values, RegistrationField field, String value) {
		if (value != null && !value.isBlank()) {
			values.put(field, value);
		}
	}
}
