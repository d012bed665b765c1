package org.homeward.collect.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.homeward.access.Scope;
import org.homeward.geography.Country;
import org.homeward.ledger.ImportSummary;
import org.homeward.returns.ReturnBatch;
import org.homeward.returns.ReturnField;
import org.homeward.returns.ReturnRowInput;
import org.homeward.returns.ReturnsLedger;
import org.springframework.stereotype.Component;

/**
 * The XForm {@code homeward_returns} (exchange contract, section 6): one count at one place on one day. It offers
 * the governorates and districts of the user's area only, host countries and entry points, each named in the three
 * languages; on the phone it applies the rules the server applies (a refugee count names its host country, women
 * and men add up to the persons when both are given, no day after today), so that a phone refuses what the server
 * would. A submission becomes one return record with the submission's {@code instanceID} as its id.
 */
@Component
class ReturnsForm implements CollectForm {

	static final String ID = "homeward_returns";

	/** The instance's fields, by the names of the contract (section 6), and the ledger's field each fills. */
	static final Map<String, ReturnField> FIELDS = Map.ofEntries(Map.entry("date", ReturnField.DAY),
			Map.entry("category", ReturnField.CATEGORY), Map.entry("persons", ReturnField.PERSONS),
			Map.entry("adm1", ReturnField.ADM1), Map.entry("adm2", ReturnField.ADM2), Map.entry("adm3", ReturnField.ADM3),
			Map.entry("adm4", ReturnField.ADM4), Map.entry("origin_country", ReturnField.ORIGIN_COUNTRY),
			Map.entry("origin_adm1", ReturnField.ORIGIN_ADM1), Map.entry("entry", ReturnField.ENTRY_POINT),
			Map.entry("female", ReturnField.FEMALE), Map.entry("male", ReturnField.MALE),
			Map.entry("households", ReturnField.HOUSEHOLDS));

	private final PlaceChoices choices;
	private final ReturnsLedger ledger;

	ReturnsForm(PlaceChoices choices, ReturnsLedger ledger) {
		this.choices = choices;
		this.ledger = ledger;
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
		return FormText.RETURNS.get("title").get(0);
	}

	@Override
	public Made make(Scope scope) {
		PlaceChoices.Reach reach = choices.of(scope);
		String version = "1-" + reach.digest();
		StringBuilder form = XForm.begin(FormText.RETURNS, reach.labels());
		form.append("<instance>\n<data id=\"").append(ID).append("\" version=\"").append(version).append("\">")
			.append("<date/><category/><persons/><adm1/><adm2/><adm3/><adm4/><origin_country/><origin_adm1/><entry/>")
			.append("<female/><male/><households/><meta><instanceID/></meta></data>\n</instance>\n");
		XForm.districts(form, reach.districts());
		form.append("<bind nodeset=\"/data/date\" type=\"date\" required=\"true()\" constraint=\". &lt;= today()\" ")
			.append("jr:constraintMsg=\"jr:itext('date:constraint')\"/>\n")
			.append("<bind nodeset=\"/data/category\" type=\"string\" required=\"true()\"/>\n")
			.append("<bind nodeset=\"/data/persons\" type=\"int\" required=\"true()\" constraint=\". &gt;= 0\" ")
			.append("jr:constraintMsg=\"jr:itext('persons:constraint')\"/>\n")
			.append("<bind nodeset=\"/data/adm1\" type=\"string\" required=\"true()\"/>\n")
			.append("<bind nodeset=\"/data/adm2\" type=\"string\"/>\n")
			.append("<bind nodeset=\"/data/adm3\" type=\"string\"/>\n<bind nodeset=\"/data/adm4\" type=\"string\"/>\n")
			.append("<bind nodeset=\"/data/origin_country\" type=\"string\" ")
			.append("relevant=\"/data/category = 'refugee_returnee'\" required=\"true()\"/>\n")
			.append("<bind nodeset=\"/data/origin_adm1\" type=\"string\"/>\n")
			.append("<bind nodeset=\"/data/entry\" type=\"string\" relevant=\"/data/category = 'refugee_returnee'\"/>\n")
			.append("<bind nodeset=\"/data/female\" type=\"int\" constraint=\". &gt;= 0\"/>\n")
			.append("<bind nodeset=\"/data/male\" type=\"int\" constraint=\". &gt;= 0 and (/data/female = '' or ")
			.append(". + /data/female = /data/persons)\" jr:constraintMsg=\"jr:itext('male:constraint')\"/>\n")
			.append("<bind nodeset=\"/data/households\" type=\"int\" constraint=\". &gt;= 0\"/>\n")
			.append("<bind nodeset=\"/data/meta/instanceID\" type=\"string\" readonly=\"true()\" ")
			.append("jr:preload=\"uid\"/>\n</model>\n</h:head>\n<h:body>\n");
		XForm.input(form, "date");
		form.append("<select1 ref=\"/data/category\"><label ref=\"jr:itext('category')\"/>");
		XForm.item(form, "category:idp_returnee", "idp_returnee");
		XForm.item(form, "category:refugee_returnee", "refugee_returnee");
		form.append("</select1>\n");
		XForm.input(form, "persons");
		XForm.governorateAndDistrict(form, reach.governorates());
		form.append("<select1 ref=\"/data/origin_country\" appearance=\"autocomplete\">")
			.append("<label ref=\"jr:itext('origin_country')\"/>");
		for (Country country : reach.hosts()) {
			XForm.item(form, "country:" + country.code(), country.code());
		}
		form.append("</select1>\n");
		XForm.places(form, "/data/entry", "entry", reach.entryPoints());
		XForm.input(form, "female");
		XForm.input(form, "male");
		XForm.input(form, "households");
		return new Made(form.append("</h:body>\n</h:html>\n").toString(), version);
	}

	/** One return record of the submission's source, its id the {@code instanceID}, as a batch of one. */
	@Override
	public Recorded record(Filled filled) {
		Submission submission = filled.submission();
		List<String> ignored = new ArrayList<>();
		Map<ReturnField, String> values = Submission.fields(submission.values(), FIELDS, ReturnField.class, ignored);
		values.put(ReturnField.RECORD_ID, submission.instanceId());
		values.put(ReturnField.SOURCE, filled.source());
		Map<ReturnField, String> columns = new EnumMap<>(ReturnField.class);
		FIELDS.forEach((name, field) -> columns.put(field, name));
		columns.put(ReturnField.RECORD_ID, "meta/instanceID");
		columns.put(ReturnField.SOURCE, "source");
		ImportSummary summary = ledger.record(new ReturnBatch(submission.channel().importName(submission.instanceId()),
				null, columns, ignored, List.of(new ReturnRowInput(1, values)).iterator(), submission::sha256,
				filled.reason()));
		return new Recorded(summary.changedTheLedger(), 1);
	}
}
