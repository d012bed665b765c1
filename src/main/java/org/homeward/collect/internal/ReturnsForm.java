package org.homeward.collect.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.homeward.access.Scope;
import org.homeward.geography.Countries;
import org.homeward.geography.Country;
import org.homeward.geography.HomeCountry;
import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.ledger.ContentHash;
import org.springframework.stereotype.Component;

/**
 * The XForm {@code homeward_returns} (exchange contract, section 6) as Homeward makes it from its reference data for
 * one user: governorates and districts of their area only, host countries, entry points, each named in the three
 * languages; and on the phone the rules the server applies (a refugee count names its host country, women and men
 * add up to the persons when both are given, no day after today), so that a phone refuses what the server would.
 */
@Component
class ReturnsForm {

	static final String ID = "homeward_returns";

	private final Places places;
	private final Countries countries;
	private final HomeCountry homeCountry;

	ReturnsForm(Places places, Countries countries, HomeCountry homeCountry) {
		this.places = places;
		this.countries = countries;
		this.homeCountry = homeCountry;
	}

	/** The form made for one user: its XML and its version. */
	record Made(String xml, String version) {
	}

	/** The form for a user of this scope. */
	Made make(Scope scope) {
		List<Place> governorates = inReach(PlaceKind.GOVERNORATE, null, scope);
		List<Place> districts = new ArrayList<>();
		for (Place governorate : governorates) {
			districts.addAll(inReach(PlaceKind.DISTRICT, governorate, scope));
		}
		List<Place> entryPoints = inReach(PlaceKind.ENTRY_POINT, null, scope);
		List<Country> hosts = countries.all().stream().filter(country -> !country.code().equals(homeCountry.code()))
			.sorted(Comparator.comparing(country -> country.names().en())).toList();
		StringBuilder form = new StringBuilder(64_000);
		form.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<h:html xmlns=\"http://www.w3.org/2002/xforms\" xmlns:h=\"http://www.w3.org/1999/xhtml\" ")
			.append("xmlns:jr=\"http://openrosa.org/javarosa\" xmlns:orx=\"http://openrosa.org/xforms\" ")
			.append("xmlns:odk=\"http://www.opendatakit.org/xforms\">\n<h:head>\n<h:title>")
			.append(escape(FormText.RETURNS.get("title").get(0))).append("</h:title>\n")
			.append("<model odk:xforms-version=\"1.0.0\">\n<itext>\n");
		for (int l = 0; l < FormText.LANGUAGES.size(); l++) {
			String language = FormText.LANGUAGES.get(l)[0];
			form.append("<translation lang=\"").append(escape(FormText.LANGUAGES.get(l)[1])).append('"')
				.append(l == 0 ? " default=\"true()\"" : "").append(">\n");
			for (Map.Entry<String, List<String>> text : FormText.RETURNS.entrySet()) {
				text(form, text.getKey(), text.getValue().get(l));
			}
			for (Place place : governorates) {
				text(form, "place:" + place.code(), place.names().in(language));
			}
			for (Place place : districts) {
				text(form, "place:" + place.code(), place.names().in(language));
			}
			for (Place place : entryPoints) {
				text(form, "place:" + place.code(), place.names().in(language));
			}
			for (Country country : hosts) {
				text(form, "country:" + country.code(), country.names().in(language));
			}
			form.append("</translation>\n");
		}
		String version = version(governorates, districts, entryPoints);
		form.append("</itext>\n<instance>\n<data id=\"").append(ID).append("\" version=\"")
			.append(version).append("\">")
			.append("<date/><category/><persons/><adm1/><adm2/><adm3/><adm4/><origin_country/><origin_adm1/><entry/>")
			.append("<female/><male/><households/><meta><instanceID/></meta></data>\n</instance>\n")
			.append("<instance id=\"districts\"><root>");
		for (Place district : districts) {
			form.append("<item><name>").append(escape(district.code())).append("</name><parent>")
				.append(escape(district.parentCode())).append("</parent><itextId>place:").append(escape(district.code()))
				.append("</itextId></item>");
		}
		form.append("</root></instance>\n")
			.append("<bind nodeset=\"/data/date\" type=\"date\" required=\"true()\" constraint=\". &lt;= today()\" ")
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
		input(form, "date");
		form.append("<select1 ref=\"/data/category\"><label ref=\"jr:itext('category')\"/>");
		item(form, "category:idp_returnee", "idp_returnee");
		item(form, "category:refugee_returnee", "refugee_returnee");
		form.append("</select1>\n");
		input(form, "persons");
		form.append("<select1 ref=\"/data/adm1\"><label ref=\"jr:itext('adm1')\"/>");
		for (Place governorate : governorates) {
			item(form, "place:" + governorate.code(), governorate.code());
		}
		form.append("</select1>\n<select1 ref=\"/data/adm2\"><label ref=\"jr:itext('adm2')\"/>")
			.append("<itemset nodeset=\"instance('districts')/root/item[parent = /data/adm1]\"><value ref=\"name\"/>")
			.append("<label ref=\"jr:itext(itextId)\"/></itemset></select1>\n")
			.append("<select1 ref=\"/data/origin_country\" appearance=\"autocomplete\">")
			.append("<label ref=\"jr:itext('origin_country')\"/>");
		for (Country country : hosts) {
			item(form, "country:" + country.code(), country.code());
		}
		form.append("</select1>\n<select1 ref=\"/data/entry\"><label ref=\"jr:itext('entry')\"/>");
		for (Place entryPoint : entryPoints) {
			item(form, "place:" + entryPoint.code(), entryPoint.code());
		}
		form.append("</select1>\n");
		input(form, "female");
		input(form, "male");
		input(form, "households");
		return new Made(form.append("</h:body>\n</h:html>\n").toString(), version);
	}

	/** The places of a kind the user reaches: inside their area, or holding a part of it. */
	private List<Place> inReach(PlaceKind kind, Place within, Scope scope) {
		List<Place> all = places.search(new Places.Filter(kind, within, null, 0, Places.Filter.MAX_LIMIT)).places();
		if (!scope.limitsPlaces()) {
			return all;
		}
		return all.stream().filter(place -> scope.covers(place, kind == PlaceKind.ENTRY_POINT ? place : null)
				|| kind != PlaceKind.ENTRY_POINT && scope.places().stream().anyMatch(area -> area.isWithin(place)))
			.toList();
	}

	/** The form's version: a digest of the choices it offers, so that a phone fetches it again when they change. */
	private static String version(List<Place> governorates, List<Place> districts, List<Place> entryPoints) {
		List<String> choices = new ArrayList<>();
		for (List<Place> list : List.of(governorates, districts, entryPoints)) {
			list.forEach(place -> choices.add(place.code()));
		}
		return "1-" + ContentHash.of(choices.toArray()).substring(0, 12);
	}

	private static void text(StringBuilder form, String id, String value) {
		form.append("<text id=\"").append(escape(id)).append("\"><value>").append(escape(value))
			.append("</value></text>\n");
	}

	private static void input(StringBuilder form, String field) {
		form.append("<input ref=\"/data/").append(field).append("\"><label ref=\"jr:itext('").append(field)
			.append("')\"/></input>\n");
	}

	private static void item(StringBuilder form, String textId, String value) {
		form.append("<item><label ref=\"jr:itext('").append(escape(textId)).append("')\"/><value>").append(escape(value))
			.append("</value></item>");
	}

	static String escape(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
			.replace("\"", "&quot;").replace("'", "&apos;");
	}
}
