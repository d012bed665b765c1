package org.homeward.collect.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.homeward.geography.Place;

/**
 * The parts every form of Homeward writes alike, as ODK XForms 1.0 has them: the head with one translation per
 * language, questions and choices labelled by their text's id, and the governorate with its districts.
 */
final class XForm {

	/** A choice's text: its id in the form, and its name in a language ({@code en}, {@code ru}, {@code ar}). */
	record Label(String id, Function<String, String> name) {
	}

	private XForm() {
	}

	/**
	 * Begins a form: its namespaces, its title, and the texts of every language, first the form's own words (in the
	 * order of {@link FormText#LANGUAGES}), then the choices'. The model is left open for the instance.
	 */
	static StringBuilder begin(Map<String, List<String>> words, List<Label> labels) {
		StringBuilder form = new StringBuilder(64_000);
		form.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<h:html xmlns=\"http://www.w3.org/2002/xforms\" xmlns:h=\"http://www.w3.org/1999/xhtml\" ")
			.append("xmlns:jr=\"http://openrosa.org/javarosa\" xmlns:orx=\"http://openrosa.org/xforms\" ")
			.append("xmlns:odk=\"http://www.opendatakit.org/xforms\">\n<h:head>\n<h:title>")
			.append(escape(words.get("title").get(0))).append("</h:title>\n")
			.append("<model odk:xforms-version=\"1.0.0\">\n<itext>\n");
		for (int l = 0; l < FormText.LANGUAGES.size(); l++) {
			String language = FormText.LANGUAGES.get(l)[0];
			form.append("<translation lang=\"").append(escape(FormText.LANGUAGES.get(l)[1])).append('"')
				.append(l == 0 ? " default=\"true()\"" : "").append(">\n");
			// in the order of their ids, so that the same form is the same text, and its hash the same, after a restart
			for (Map.Entry<String, List<String>> text : new TreeMap<>(words).entrySet()) {
				text(form, text.getKey(), text.getValue().get(l));
			}
			for (Label label : labels) {
				text(form, label.id(), label.name().apply(language));
			}
			form.append("</translation>\n");
		}
		return form.append("</itext>\n");
	}

	/** The districts as a secondary instance, for the district question to offer those of the governorate chosen. */
	static void districts(StringBuilder form, List<Place> districts) {
		form.append("<instance id=\"districts\"><root>");
		for (Place district : districts) {
			form.append("<item><name>").append(escape(district.code())).append("</name><parent>")
				.append(escape(district.parentCode())).append("</parent><itextId>place:").append(escape(district.code()))
				.append("</itextId></item>");
		}
		form.append("</root></instance>\n");
	}

	/** The governorate among those given, then its districts. */
	static void governorateAndDistrict(StringBuilder form, List<Place> governorates) {
		form.append("<select1 ref=\"/data/adm1\"><label ref=\"jr:itext('adm1')\"/>");
		for (Place governorate : governorates) {
			item(form, "place:" + governorate.code(), governorate.code());
		}
		form.append("</select1>\n<select1 ref=\"/data/adm2\"><label ref=\"jr:itext('adm2')\"/>")
			.append("<itemset nodeset=\"instance('districts')/root/item[parent = /data/adm1]\"><value ref=\"name\"/>")
			.append("<label ref=\"jr:itext(itextId)\"/></itemset></select1>\n");
	}

	/** One choice among places, labelled by their texts {@code place:CODE}. */
	static void places(StringBuilder form, String ref, String textId, List<Place> places) {
		form.append("<select1 ref=\"").append(ref).append("\"><label ref=\"jr:itext('").append(textId).append("')\"/>");
		for (Place place : places) {
			item(form, "place:" + place.code(), place.code());
		}
		form.append("</select1>\n");
	}

	static void text(StringBuilder form, String id, String value) {
		form.append("<text id=\"").append(escape(id)).append("\"><value>").append(escape(value))
			.append("</value></text>\n");
	}

	/** A question of the instance's root, labelled by the text of the field's name. */
	static void input(StringBuilder form, String field) {
		input(form, "/data/" + field, field);
	}

	static void input(StringBuilder form, String ref, String textId) {
		form.append("<input ref=\"").append(ref).append("\"><label ref=\"jr:itext('").append(textId)
			.append("')\"/></input>\n");
	}

	static void item(StringBuilder form, String textId, String value) {
		form.append("<item><label ref=\"jr:itext('").append(escape(textId)).append("')\"/><value>").append(escape(value))
			.append("</value></item>");
	}

	static String escape(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
			.replace("\"", "&quot;").replace("'", "&apos;");
	}
}
