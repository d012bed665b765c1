package org.homeward.collect.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * KoBoToolbox's JSON of one submission, as its REST Services push it, read as the same {@link Submission} a phone's
 * instance is: each field by the last part of its path (KoBo writes a field in groups as {@code group_x/persons}),
 * a repeat as a list of its entries, {@code meta/instanceID} (or, without it, {@code uuid:} and KoBo's
 * {@code _uuid}) as the instance's id. KoBo's own keys ({@code _id}, {@code _submission_time},
 * {@code formhub/uuid}, {@code __version__}, …) are left out.
 */
final class KoboSubmission {

	private KoboSubmission() {
	}

	/** Reads a body as a submission of the form {@code formId}; refuses it naming each field that is wrong. */
	static Submission read(String formId, byte[] body, ObjectMapper json, Set<String> repeatNames) {
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException e) {
			throw InvalidInputException.of(List.of(new InputError(null, null, null,
					"The body is not JSON: KoBo sends one submission as a JSON object.")));
		}
		if (root == null || !root.isObject()) {
			throw InvalidInputException.of(List.of(new InputError(null, null, null,
					"The body is not a JSON object: KoBo sends one submission as a JSON object of its fields.")));
		}
		List<InputError> problems = new ArrayList<>();
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> paths = new LinkedHashMap<>();
		Map<String, List<Map<String, String>>> repeats = new LinkedHashMap<>();
		String instanceId = null;
		String deprecatedId = null;
		String uuid = null;
		for (Map.Entry<String, JsonNode> property : root.properties()) {
			String path = property.getKey();
			JsonNode value = property.getValue();
			String name = name(path);
			if (path.equals("_uuid")) {
				uuid = text(path, value, problems);
			}
			else if (path.equals("meta/instanceID")) {
				instanceId = text(path, value, problems);
			}
			else if (path.equals("meta/deprecatedID")) {
				deprecatedId = text(path, value, problems);
			}
			else if (isKobos(path)) {
				continue;
			}
			else if (value.isArray() && repeatNames.contains(name)) {
				repeats.put(name, entries(path, value, problems));
			}
			else {
				String text = text(path, value, problems);
				if (text != null && paths.containsKey(name)) {
					problems.add(InputError.field(path, text, "The field " + name + " is given twice, as "
							+ paths.get(name) + " and as " + path + "."));
				}
				else if (text != null) {
					values.put(name, text);
					paths.put(name, path);
				}
			}
		}
		if (instanceId == null && uuid != null) {
			instanceId = uuid.startsWith("uuid:") ? uuid : "uuid:" + uuid;
		}
		if (instanceId == null || instanceId.isEmpty()) {
			problems.add(InputError.field("meta/instanceID", null,
					"The submission names neither meta/instanceID nor _uuid: KoBo gives every submission both."));
		}
		if (!problems.isEmpty()) {
			throw InvalidInputException.of(problems);
		}
		return new Submission(Submission.Channel.KOBO, formId, instanceId, deprecatedId, values, repeats,
				Submission.sha256(body));
	}

	/** The entries of a repeat, each field by its own name. */
	private static List<Map<String, String>> entries(String path, JsonNode list, List<InputError> problems) {
		List<Map<String, String>> entries = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			JsonNode entry = list.get(i);
			String at = path + "[" + (i + 1) + "]";
			if (!entry.isObject()) {
				problems.add(InputError.field(at, entry.toString(), "An entry of the repeat is a JSON object of its fields."));
				continue;
			}
			Map<String, String> fields = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> property : entry.properties()) {
				if (!isKobos(property.getKey())) {
					String text = text(at + "/" + name(property.getKey()), property.getValue(), problems);
					if (text != null) {
						fields.put(name(property.getKey()), text);
					}
				}
			}
			entries.add(fields);
		}
		return entries;
	}

	/** A field's value as text; null when it is null; a problem when it is a list or an object. */
	private static String text(String path, JsonNode value, List<InputError> problems) {
		if (value.isNull()) {
			return null;
		}
		if (!value.isValueNode()) {
			problems.add(InputError.field(path, value.toString(), "A field's value is text or a number, not "
					+ (value.isArray() ? "a list" : "an object") + "."));
			return null;
		}
		return value.asString().strip();
	}

	/** KoBo's own keys: those of its server ({@code _id}, {@code _attachments}, …) and of its form's version. */
	private static boolean isKobos(String path) {
		return name(path).startsWith("_") || path.equals("formhub/uuid") || path.startsWith("meta/");
	}

	private static String name(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}
}
