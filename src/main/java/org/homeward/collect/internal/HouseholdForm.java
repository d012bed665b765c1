package org.homeward.collect.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.access.Scope;
import org.homeward.geography.Country;
import org.homeward.ledger.ImportSummary;
import org.homeward.registrations.RegistrationBatch;
import org.homeward.registrations.RegistrationField;
import org.homeward.registrations.RegistrationRowInput;
import org.homeward.registrations.Registrations;
import org.homeward.registrations.Relationship;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The XForm {@code homeward_household} (exchange contract, sections 5 and 6): one household registered on its
 * return, what its members share and a repeat {@code member} with each person's fields, in the places of the
 * user's area; on the phone the server's rules (a refugee household names its host country, no day after today,
 * a birth date as far as it is known). A submission becomes one registration per member, all or none, of the
 * household {@code instanceID}, member n with the id {@code instanceID/n}; a member dropped in an edit is retracted.
 */
@Component
class HouseholdForm implements CollectForm {

	static final String ID = "homeward_household";
	static final String MEMBER = "member";

	/** What the members share, by the names of the form, and the ledger's field each fills. */
	static final Map<String, RegistrationField> HOUSEHOLD_FIELDS = Map.ofEntries(
			Map.entry("category", RegistrationField.CATEGORY), Map.entry("returned", RegistrationField.RETURN_DAY),
			Map.entry("registered", RegistrationField.REGISTRATION_DAY), Map.entry("adm1", RegistrationField.ADM1),
			Map.entry("adm2", RegistrationField.ADM2), Map.entry("adm3", RegistrationField.ADM3),
			Map.entry("adm4", RegistrationField.ADM4), Map.entry("origin_country", RegistrationField.ORIGIN_COUNTRY),
			Map.entry("entry", RegistrationField.ENTRY_POINT));

	/** Each member's own fields, by the names of the form. */
	static final Map<String, RegistrationField> MEMBER_FIELDS = Map.ofEntries(
			Map.entry("relationship", RegistrationField.RELATIONSHIP), Map.entry("given", RegistrationField.GIVEN_NAME),
			Map.entry("father", RegistrationField.FATHER_NAME),
			Map.entry("grandfather", RegistrationField.GRANDFATHER_NAME),
			Map.entry("family", RegistrationField.FAMILY_NAME), Map.entry("mother", RegistrationField.MOTHER_NAME),
			Map.entry("sex", RegistrationField.SEX), Map.entry("birth", RegistrationField.BIRTH),
			Map.entry("national_id", RegistrationField.NATIONAL_ID));

	private static final List<String> NAMES = List.of("given", "father", "grandfather", "family", "mother");

	private final PlaceChoices choices;
	private final Registrations registrations;

	HouseholdForm(PlaceChoices choices, Registrations registrations) {
		this.choices = choices;
		this.registrations = registrations;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String dayCounted() {
		return "returned";
	}

	@Override
	public String title() {
		return FormText.HOUSEHOLD.get("title").get(0);
	}

	@Override
	public Set<String> repeats() {
		return Set.of(MEMBER);
	}

	@Override
	public Made make(Scope scope) {
		PlaceChoices.Reach reach = choices.of(scope);
		String version = "1-" + reach.digest();
		StringBuilder form = XForm.begin(FormText.HOUSEHOLD, reach.labels());
		// the member written once in the instance is the first one and the pattern of those added
		form.append("<instance>\n<data id=\"").append(ID).append("\" version=\"").append(version).append("\">")
			.append("<category/><returned/><registered/><adm1/><adm2/><adm3/><adm4/><origin_country/><entry/>")
			.append("<member><relationship/><given/><father/><grandfather/><family/><mother/><sex/><birth/>")
			.append("<national_id/></member><meta><instanceID/></meta></data>\n</instance>\n");
		XForm.districts(form, reach.districts());
		form.append("<bind nodeset=\"/data/category\" type=\"string\" required=\"true()\"/>\n");
		for (String day : List.of("returned", "registered")) {
			form.append("<bind nodeset=\"/data/").append(day).append("\" type=\"date\" required=\"true()\" ")
				.append("constraint=\". &lt;= today()\" jr:constraintMsg=\"jr:itext('day:constraint')\"/>\n");
		}
		form.append("<bind nodeset=\"/data/adm1\" type=\"string\" required=\"true()\"/>\n")
			.append("<bind nodeset=\"/data/adm2\" type=\"string\"/>\n")
			.append("<bind nodeset=\"/data/adm3\" type=\"string\"/>\n<bind nodeset=\"/data/adm4\" type=\"string\"/>\n")
			.append("<bind nodeset=\"/data/origin_country\" type=\"string\" ")
			.append("relevant=\"/data/category = 'refugee_returnee'\" required=\"true()\"/>\n")
			.append("<bind nodeset=\"/data/entry\" type=\"string\" relevant=\"/data/category = 'refugee_returnee'\"/>\n")
			.append("<bind nodeset=\"/data/member/relationship\" type=\"string\" required=\"true()\"/>\n");
		for (String name : NAMES) {
			boolean required = name.equals("given") || name.equals("family");
			form.append("<bind nodeset=\"/data/member/").append(name).append("\" type=\"string\"")
				.append(required ? " required=\"true()\"" : "")
				.append(" constraint=\"string-length(.) &lt;= 200\" jr:constraintMsg=\"jr:itext('name:constraint')\"/>\n");
		}
		form.append("<bind nodeset=\"/data/member/sex\" type=\"string\" required=\"true()\"/>\n")
			.append("<bind nodeset=\"/data/member/birth\" type=\"string\" constraint=\"")
			.append("regex(., '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$') ")
			.append("and number(substr(., 0, 4)) &gt;= 1900 and number(substr(., 0, 4)) &lt;= ")
			.append("number(format-date(today(), '%Y'))\" jr:constraintMsg=\"jr:itext('birth:constraint')\"/>\n")
			.append("<bind nodeset=\"/data/member/national_id\" type=\"string\" constraint=\"string-length(.) &lt;= 200\"/>\n")
			.append("<bind nodeset=\"/data/meta/instanceID\" type=\"string\" readonly=\"true()\" ")
			.append("jr:preload=\"uid\"/>\n</model>\n</h:head>\n<h:body>\n");
		form.append("<select1 ref=\"/data/category\"><label ref=\"jr:itext('category')\"/>");
		XForm.item(form, "category:idp_returnee", "idp_returnee");
		XForm.item(form, "category:refugee_returnee", "refugee_returnee");
		form.append("</select1>\n");
		XForm.input(form, "returned");
		XForm.input(form, "registered");
		XForm.governorateAndDistrict(form, reach.governorates());
		form.append("<select1 ref=\"/data/origin_country\" appearance=\"autocomplete\">")
			.append("<label ref=\"jr:itext('origin_country')\"/>");
		for (Country country : reach.hosts()) {
			XForm.item(form, "country:" + country.code(), country.code());
		}
		form.append("</select1>\n");
		XForm.places(form, "/data/entry", "entry", reach.entryPoints());
		form.append("<group ref=\"/data/member\"><label ref=\"jr:itext('member')\"/><repeat nodeset=\"/data/member\">\n")
			.append("<select1 ref=\"/data/member/relationship\"><label ref=\"jr:itext('relationship')\"/>");
		for (Relationship relationship : Relationship.values()) {
			String value = relationship.name().toLowerCase(java.util.Locale.ROOT);
			XForm.item(form, "relationship:" + value, value);
		}
		form.append("</select1>\n");
		for (String name : NAMES) {
			XForm.input(form, "/data/member/" + name, name);
		}
		form.append("<select1 ref=\"/data/member/sex\"><label ref=\"jr:itext('sex')\"/>");
		XForm.item(form, "sex:f", "f");
		XForm.item(form, "sex:m", "m");
		form.append("</select1>\n");
		XForm.input(form, "/data/member/birth", "birth");
		XForm.input(form, "/data/member/national_id", "national_id");
		form.append("</repeat></group>\n");
		return new Made(form.append("</h:body>\n</h:html>\n").toString(), version);
	}

	/**
	 * The household's members as registrations of the submission's source, in one batch; members an earlier
	 * version of the submission had beyond those it has now are retracted in the same batch.
	 */
	@Override
	public Recorded record(Filled filled) {
		Submission submission = filled.submission();
		List<Map<String, String>> members = submission.repeat(MEMBER);
		if (members.isEmpty()) {
			throw InvalidInputException.of(List.of(InputError.field(MEMBER, null,
					"A household has at least one member, its head.")));
		}
		String household = submission.instanceId();
		List<String> ignored = new ArrayList<>();
		Map<RegistrationField, String> shared = Submission.fields(submission.values(), HOUSEHOLD_FIELDS,
				RegistrationField.class, ignored);
		List<RegistrationRowInput> rows = new ArrayList<>();
		for (int n = 1; n <= members.size(); n++) {
			List<String> memberIgnored = new ArrayList<>();
			Map<RegistrationField, String> values = new EnumMap<>(RegistrationField.class);
			values.putAll(shared);
			values.putAll(Submission.fields(members.get(n - 1), MEMBER_FIELDS, RegistrationField.class, memberIgnored));
			memberIgnored.stream().map(name -> MEMBER + "/" + name).filter(name -> !ignored.contains(name))
				.forEach(ignored::add);
			values.put(RegistrationField.REGISTRATION_ID, household + "/" + n);
			values.put(RegistrationField.SOURCE, filled.source());
			values.put(RegistrationField.HOUSEHOLD_ID, household);
			rows.add(new RegistrationRowInput(n, values));
		}
		for (int n = members.size() + 1; n <= filled.recordsBefore(); n++) {
			rows.add(new RegistrationRowInput(n, Map.of(RegistrationField.REGISTRATION_ID, household + "/" + n,
					RegistrationField.SOURCE, filled.source(), RegistrationField.VOID, "true")));
		}
		Map<RegistrationField, String> columns = new EnumMap<>(RegistrationField.class);
		HOUSEHOLD_FIELDS.forEach((name, field) -> columns.put(field, name));
		MEMBER_FIELDS.forEach((name, field) -> columns.put(field, MEMBER + "/" + name));
		columns.put(RegistrationField.REGISTRATION_ID, "meta/instanceID");
		columns.put(RegistrationField.HOUSEHOLD_ID, "meta/instanceID");
		columns.put(RegistrationField.SOURCE, "source");
		columns.put(RegistrationField.VOID, "member");
		ImportSummary summary;
		try {
			summary = registrations.record(new RegistrationBatch(submission.channel().importName(household), null,
					columns, ignored, rows.iterator(), submission::sha256, filled.reason()));
		}
		catch (InvalidInputException refused) {
			throw byMember(refused);
		}
		return new Recorded(summary.changedTheLedger(), members.size());
	}

	/**
	 * The problems named as a phone shows the form: a member's field as {@code member[n]/given}, a field the members
	 * share once, not once per member.
	 */
	private static InvalidInputException byMember(InvalidInputException refused) {
		Set<InputError> errors = new LinkedHashSet<>();
		for (InputError error : refused.errors()) {
			if (error.row() != null && error.column() != null && error.column().startsWith(MEMBER + "/")) {
				errors.add(new InputError(error.row(), MEMBER + "[" + error.row() + "]"
						+ error.column().substring(MEMBER.length()), error.value(), error.message()));
			}
			else {
				errors.add(new InputError(null, error.column(), error.value(), error.message()));
			}
		}
		return InvalidInputException.of(List.copyOf(errors));
	}
}
