package org.homeward.collect.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.homeward.access.Scope;
import org.homeward.ledger.ContentHash;
import org.homeward.ledger.ImportSummary;
import org.homeward.reconstruction.Facilities;
import org.homeward.reconstruction.FacilityBatch;
import org.homeward.reconstruction.FacilityField;
import org.homeward.reconstruction.FacilityRowInput;
import org.homeward.reconstruction.FacilityStatus;
import org.homeward.reconstruction.FacilityType;
import org.springframework.stereotype.Component;

/**
 * The XForm {@code homeward_facility} (exchange contract, section 6): one facility entering one status on one day,
 * in the governorates and districts of the user's area, among the registered kinds of facility, each named in the
 * three languages; on the phone the server's rules (a code a link can carry, no day after today). A submission
 * becomes one status event of the facilities ledger with the submission's {@code instanceID} as its id.
 */
@Component
class FacilityForm implements CollectForm {

	static final String ID = "homeward_facility";

	/** The instance's fields, by the names of the contract (section 6), and the ledger's field each fills. */
	static final Map<String, FacilityField> FIELDS = Map.ofEntries(Map.entry("facility", FacilityField.FACILITY_CODE),
			Map.entry("name", FacilityField.FACILITY_NAME), Map.entry("type", FacilityField.FACILITY_TYPE),
			Map.entry("adm1", FacilityField.ADM1), Map.entry("adm2", FacilityField.ADM2),
			Map.entry("adm3", FacilityField.ADM3), Map.entry("adm4", FacilityField.ADM4),
			Map.entry("status", FacilityField.STATUS), Map.entry("date", FacilityField.DAY));

	private final PlaceChoices choices;
	private final Facilities facilities;

	FacilityForm(PlaceChoices choices, Facilities facilities) {
		this.choices = choices;
		this.facilities = facilities;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String dayCounted() {
		return "date";
	}

	@Override
	public String title() {
		return FormText.FACILITY.get("title").get(0);
	}

	@Override
	public Made make(Scope scope) {
		PlaceChoices.Reach reach = choices.of(scope);
		List<FacilityType> types = facilities.types();
		List<XForm.Label> labels = new ArrayList<>(reach.labels());
		types.forEach(type -> labels.add(new XForm.Label("type:" + type.code(), type::name)));
		String version = "1-" + ContentHash.of(reach.digest(), types.stream().map(FacilityType::code).toList()
			.toString()).substring(0, 12);
		StringBuilder form = XForm.begin(FormText.FACILITY, labels);
		form.append("<instance>\n<data id=\"").append(ID).append("\" version=\"").append(version).append("\">")
			.append("<facility/><name/><type/><adm1/><adm2/><adm3/><adm4/><status/><date/>")
			.append("<meta><instanceID/></meta></data>\n</instance>\n");
		XForm.districts(form, reach.districts());
		form.append("<bind nodeset=\"/data/facility\" type=\"string\" required=\"true()\" ")
			.append("constraint=\"string-length(.) &lt;= 100 and not(contains(., '%')) and not(contains(., ';'))\" ")
			.append("jr:constraintMsg=\"jr:itext('facility:constraint')\"/>\n")
			.append("<bind nodeset=\"/data/name\" type=\"string\" constraint=\"string-length(.) &lt;= 300\" ")
			.append("jr:constraintMsg=\"jr:itext('name:constraint')\"/>\n")
			.append("<bind nodeset=\"/data/type\" type=\"string\" required=\"true()\"/>\n")
			.append("<bind nodeset=\"/data/adm1\" type=\"string\" required=\"true()\"/>\n")
			.append("<bind nodeset=\"/data/adm2\" type=\"string\"/>\n")
			.append("<bind nodeset=\"/data/adm3\" type=\"string\"/>\n<bind nodeset=\"/data/adm4\" type=\"string\"/>\n")
			.append("<bind nodeset=\"/data/status\" type=\"string\" required=\"true()\"/>\n")
			.append("<bind nodeset=\"/data/date\" type=\"date\" required=\"true()\" constraint=\". &lt;= today()\" ")
			.append("jr:constraintMsg=\"jr:itext('date:constraint')\"/>\n")
			.append("<bind nodeset=\"/data/meta/instanceID\" type=\"string\" readonly=\"true()\" ")
			.append("jr:preload=\"uid\"/>\n</model>\n</h:head>\n<h:body>\n");
		XForm.input(form, "facility");
		XForm.input(form, "name");
		form.append("<select1 ref=\"/data/type\"><label ref=\"jr:itext('type')\"/>");
		types.forEach(type -> XForm.item(form, "type:" + type.code(), type.code()));
		form.append("</select1>\n");
		XForm.governorateAndDistrict(form, reach.governorates());
		form.append("<select1 ref=\"/data/status\"><label ref=\"jr:itext('status')\"/>");
		for (FacilityStatus status : FacilityStatus.values()) {
			XForm.item(form, "status:" + status.apiName(), status.apiName());
		}
		form.append("</select1>\n");
		XForm.input(form, "date");
		return new Made(form.append("</h:body>\n</h:html>\n").toString(), version);
	}

	/** One status event of the submission's source, its id the {@code instanceID}, as a batch of one. */
	@Override
	public Recorded record(Filled filled) {
		Submission submission = filled.submission();
		List<String> ignored = new ArrayList<>();
		Map<FacilityField, String> values = Submission.fields(submission.values(), FIELDS, FacilityField.class,
				ignored);
		values.put(FacilityField.EVENT_ID, submission.instanceId());
		values.put(FacilityField.SOURCE, filled.source());
		Map<FacilityField, String> columns = new EnumMap<>(FacilityField.class);
		FIELDS.forEach((name, field) -> columns.put(field, name));
		columns.put(FacilityField.EVENT_ID, "meta/instanceID");
		columns.put(FacilityField.SOURCE, "source");
		ImportSummary summary = facilities.record(new FacilityBatch(
				submission.channel().importName(submission.instanceId()), null, columns, ignored,
				List.of(new FacilityRowInput(1, values)).iterator(), submission::sha256, filled.reason()));
		return new Recorded(summary.changedTheLedger(), 1);
	}
}
