package org.homeward.collect.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What one filled form said, whichever way it came (an OpenRosa instance from a phone, KoBo's JSON of it): its
 * form, its {@code instanceID} (and the one it replaces, when edited), its fields by the form's names with the
 * groups around them left out, and the entries of each repeat.
 *
 * @param sha256 the digest of the body as received, kept in the import log
 */
record Submission(Channel channel, String formId, String instanceId, String deprecatedId, Map<String, String> values,
		Map<String, List<Map<String, String>>> repeats, String sha256) {

	Submission {
		values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
		repeats = Map.copyOf(repeats);
	}

	/** How a submission reached Homeward; it names the import and the reason of a correction. */
	enum Channel {

		OPENROSA("openrosa", "on the phone", "from the phone"), KOBO("kobo", "in KoBoToolbox", "by KoBoToolbox");

		private final String prefix;
		private final String editedWhere;
		private final String sentBy;

		Channel(String prefix, String editedWhere, String sentBy) {
			this.prefix = prefix;
			this.editedWhere = editedWhere;
			this.sentBy = sentBy;
		}

		/** How the channel is named where it is stored. */
		String prefix() {
			return prefix;
		}

		/** The import's name: the channel and the instance. */
		String importName(String instanceId) {
			return prefix + ":" + instanceId;
		}

		/** Why a submission received before is recorded again. */
		String correction(String deprecatedId) {
			return deprecatedId != null ? "Edited " + editedWhere + ": replaces submission " + deprecatedId + "."
					: "Sent again " + sentBy + " with other content.";
		}
	}

	/** The entries of a repeat, in the order they were filled; none when the form has no such repeat. */
	List<Map<String, String>> repeat(String name) {
		return repeats.getOrDefault(name, List.of());
	}

	/**
	 * The values of the fields a form knows, by the ledger's field each fills; empty values left out, unknown
	 * names added to {@code ignored}.
	 */
	static <F extends Enum<F>> Map<F, String> fields(Map<String, String> values, Map<String, F> names, Class<F> type,
			List<String> ignored) {
		Map<F, String> fields = new EnumMap<>(type);
		values.forEach((name, value) -> {
			F field = names.get(name);
			if (field == null) {
				ignored.add(name);
			}
			else if (!value.isEmpty()) {
				fields.put(field, value);
			}
		});
		return fields;
	}

	/**
	 * Reads an OpenRosa instance; no DTD, no entity, nothing fetched. Elements named in {@code repeatNames} are the
	 * entries of a repeat; any other element holding elements is a group, and its fields are read as if it were not
	 * there.
	 */
	static Submission fromXml(byte[] xml, Set<String> repeatNames) {
		Document document;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			document = builder.parse(new ByteArrayInputStream(xml));
		}
		catch (SAXException | IOException e) {
			throw refused("The submission is not well-formed XML.");
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException("the JDK's XML parser refuses its secure settings", e);
		}
		Element root = document.getDocumentElement();
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, List<Map<String, String>>> repeats = new LinkedHashMap<>();
		Map<String, String> meta = new LinkedHashMap<>();
		for (Element child : children(root)) {
			String name = localName(child);
			if (name.equals("meta")) {
				// phones write meta with the orx namespace, without it, or with none declared at all
				children(child).forEach(field -> meta.put(localName(field), field.getTextContent().strip()));
			}
			else if (repeatNames.contains(name)) {
				Map<String, String> entry = new LinkedHashMap<>();
				leaves(child, entry);
				repeats.computeIfAbsent(name, n -> new ArrayList<>()).add(entry);
			}
			else {
				leaves(child, values);
			}
		}
		return new Submission(Channel.OPENROSA, root.getAttribute("id"), meta.get("instanceID"),
				meta.get("deprecatedID"), values, repeats, sha256(xml));
	}

	/** The fields under an element by their own names: itself when it holds no element, else its leaves. */
	private static void leaves(Element element, Map<String, String> values) {
		List<Element> children = children(element);
		if (children.isEmpty()) {
			values.put(localName(element), element.getTextContent().strip());
		}
		else {
			children.forEach(child -> leaves(child, values));
		}
	}

	private static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				children.add(element);
			}
		}
		return children;
	}

	private static String localName(Element element) {
		return element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
	}

	/** What a phone is told of a refusal: each problem by the instance's field name, never the value it held. */
	static String problems(InvalidInputException refused) {
		return refused.errors().stream()
			.map(error -> (error.column() == null ? "" : error.column() + ": ") + error.message())
			.collect(java.util.stream.Collectors.joining(" "));
	}

	static InvalidInputException refused(String message) {
		return InvalidInputException.of(List.of(new InputError(null, null, null, message)));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
