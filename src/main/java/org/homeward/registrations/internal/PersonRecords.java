package org.homeward.registrations.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.access.AuditTrail;
import org.homeward.access.Scope;
import org.homeward.access.Scopes;
import org.homeward.geography.Places;
import org.homeward.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's registrations as their sources wrote them, names included: for administrators, coordinators and the
 * data officers of the area the registrations lie in, every read in the audit trail. Also what a lawful request
 * asks: a person's registrations for them to take away, and their erasure, which keeps the counts as they were.
 */
@Component
class PersonRecords {

	/** What stands in place of an erased person's data: no key decrypts it, and linkage passes it over. */
	static final String ERASED = "erased";

	private final JdbcClient jdbc;
	private final PersonalDataKey key;
	private final Scopes scopes;
	private final Places places;
	private final AuditTrail audit;

	PersonRecords(JdbcClient jdbc, PersonalDataKey key, Scopes scopes, Places places, AuditTrail audit) {
		this.jdbc = jdbc;
		this.key = key;
		this.scopes = scopes;
		this.places = places;
		this.audit = audit;
	}

	/** One version of a registration, as its source wrote it; {@code names} null once the person was erased. */
	record RegistrationView(String source, String id, int version, boolean current, boolean voided,
			String household, String relationship, String sex, String category, LocalDate returnedOn,
			LocalDate registeredOn, List<String> destination, String originCountry, String entryPoint,
			WrittenNames names, Instant recordedAt, String recordedBy, String reason) {
	}

	record WrittenNames(String given, String father, String grandfather, String family, String mother,
			String birth, String nationalId) {
	}

	record PersonView(String person, List<RegistrationView> registrations) {
	}

	/** The current registrations of a person the caller may see; 404 for no such person, 403 outside the area. */
	@Transactional
	PersonView person(String person) {
		PersonView view = read(person, false);
		audit.record("registrations.person.read", "person", person, Map.of("registrations",
				view.registrations().size()));
		return view;
	}

	/** A registration as its source wrote it, for a coordinator comparing a pair; audited as a read of a person. */
	@Transactional
	RegistrationView registration(String source, String id) {
		String person = jdbc.sql("select person_id from registration_person where source_code = ? and "
				+ "registration_id = ?").params(source, id).query(String.class).optional()
			.orElseThrow(() -> ProblemException.notFound("registration", source + "/" + id));
		RegistrationView view = read(person, false).registrations().stream()
			.filter(registration -> registration.source().equals(source) && registration.id().equals(id)).findFirst()
			.orElseThrow(() -> ProblemException.notFound("registration", source + "/" + id));
		audit.record("registrations.registration.read", "registration", source + "/" + id, Map.of("person", person));
		return view;
	}

	/** Every version of every registration of the person, for them to take away (a subject's access request). */
	@Transactional
	PersonView export(String person) {
		PersonView view = read(person, true);
		audit.record("registrations.person.exported", "person", person, Map.of("versions",
				view.registrations().size()));
		return view;
	}

	/**
	 * Erases what names the person in every version of their registrations, on a lawful request; the registrations
	 * stay, without names, so that every count stays as it was, and the erasure is in the audit trail.
	 */
	@Transactional
	int erase(String person, String reason) {
		if (reason == null || reason.isBlank()) {
			throw ProblemException.invalid("reason", reason, "an erasure needs its reason (the request it answers).");
		}
		PersonView view = read(person, true);
		int erased = 0;
		for (RegistrationView registration : view.registrations()) {
			erased += jdbc.sql("update registration set personal_data = ? where source_code = ? and "
					+ "registration_id = ? and version = ?").params(ERASED, registration.source(), registration.id(),
							registration.version()).update();
			// its keys go, so that no registration is compared with it again; its links, which name no one, stay, so
			// that it stays the person it was whatever linkage does later
			jdbc.sql("delete from registration_link_key where source_code = ? and registration_id = ?")
				.params(registration.source(), registration.id()).update();
		}
		audit.record(audit.currentActor(), "registrations.person.erased", "person", person,
				Map.of("versions", erased, "registrations", view.registrations().stream()
					.map(registration -> registration.source() + "/" + registration.id()).distinct().toList()),
				reason.strip());
		return erased;
	}

	private PersonView read(String person, boolean everyVersion) {
		List<String[]> registrations = jdbc.sql("select source_code, registration_id from registration_person "
				+ "where person_id = ? order by source_code, registration_id").param(person)
			.query((row, n) -> new String[] { row.getString(1), row.getString(2) }).list();
		if (registrations.isEmpty()) {
			throw ProblemException.notFound("person", person);
		}
		Scope scope = scopes.current();
		List<RegistrationView> views = new ArrayList<>();
		for (String[] registration : registrations) {
			views.addAll(jdbc.sql("select r.*, h.version as head_version from registration r "
					+ "join registration_head h on h.source_code = r.source_code and h.registration_id = r.registration_id "
					+ "where r.source_code = ? and r.registration_id = ?" + (everyVersion ? "" : " and r.id = h.version_id")
					+ " order by r.version").params(registration[0], registration[1]).query((row, n) -> {
						String stored = row.getString("personal_data");
						PersonalData data = row.getBoolean("voided") || ERASED.equals(stored) ? null
								: PersonalData.of(key.decrypt(stored));
						return new RegistrationView(row.getString("source_code"), row.getString("registration_id"),
								row.getInt("version"), row.getInt("version") == row.getInt("head_version"),
								row.getBoolean("voided"), row.getString("household_id"), lower(row.getString("relationship")),
								lower(row.getString("sex")), lower(row.getString("category")), day(row, "returned_on"),
								day(row, "registered_on"), destination(row.getString("adm1_code"), row.getString("adm2_code"),
										row.getString("adm3_code"), row.getString("adm4_code")),
								row.getString("origin_country"), row.getString("entry_point_code"),
								data == null ? null : new WrittenNames(data.given(), data.father(), data.grandfather(),
										data.family(), data.mother(), data.birth(), data.nationalId()),
								row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by"),
								row.getString("reason"));
					}).list());
		}
		if (scope.limitsPlaces() && views.stream().anyMatch(view -> !view.voided() && !view.destination().isEmpty()
				&& !scope.covers(places, view.destination().get(view.destination().size() - 1), view.entryPoint()))) {
			throw ProblemException.outsideScope("This person was registered outside your area ("
					+ String.join(", ", scope.placeCodes()) + "): you see the people of your area only.");
		}
		return new PersonView(person, views);
	}

	private static String lower(String text) {
		return text == null ? null : text.toLowerCase(Locale.ROOT);
	}

	private static LocalDate day(ResultSet row, String column) throws SQLException {
		Date date = row.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static List<String> destination(String... codes) {
		List<String> destination = new ArrayList<>();
		for (String code : codes) {
			if (code != null) {
				destination.add(code);
			}
		}
		return destination;
	}
}
