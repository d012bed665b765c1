package org.homeward.collect.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.homeward.access.Scope;
import org.homeward.ledger.ImportSummary;
import org.homeward.ledger.RecordKey;
import org.homeward.returns.ReturnBatch;
import org.homeward.returns.ReturnField;
import org.homeward.returns.ReturnRowInput;
import org.homeward.returns.ReturnsLedger;
import org.homeward.sources.Sources;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A submission of {@code homeward_returns} as one return record: of the submitting user's source (a partner's own,
 * the primary source for everyone else), with the submission's {@code instanceID} as its id, written through the
 * returns ledger as a batch of one. Sent again unchanged it changes nothing; sent with other content it is a
 * correction, its reason naming the submission it replaces.
 */
@Component
class ReturnSubmissions {

	/** The instance's fields, by the names of the contract (section 6), and the ledger's field each fills. */
	static final Map<String, ReturnField> FIELDS = Map.ofEntries(Map.entry("date", ReturnField.DAY),
			Map.entry("category", ReturnField.CATEGORY), Map.entry("persons", ReturnField.PERSONS),
			Map.entry("adm1", ReturnField.ADM1), Map.entry("adm2", ReturnField.ADM2), Map.entry("adm3", ReturnField.ADM3),
			Map.entry("adm4", ReturnField.ADM4), Map.entry("origin_country", ReturnField.ORIGIN_COUNTRY),
			Map.entry("origin_adm1", ReturnField.ORIGIN_ADM1), Map.entry("entry", ReturnField.ENTRY_POINT),
			Map.entry("female", ReturnField.FEMALE), Map.entry("male", ReturnField.MALE),
			Map.entry("households", ReturnField.HOUSEHOLDS));

	private final ReturnsLedger ledger;
	private final Sources sources;

	ReturnSubmissions(ReturnsLedger ledger, Sources sources) {
		this.ledger = ledger;
		this.sources = sources;
	}

	/** What a submission said, read from its XML. */
	record Submission(String formId, String instanceId, String deprecatedId, Map<String, String> values) {
	}

	/** Reads a submission; no DTD, no entity, nothing fetched. */
	static Submission read(byte[] xml) {
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
		String formId = root.getAttribute("id");
		Map<String, String> values = new java.util.LinkedHashMap<>();
		String instanceId = null;
		String deprecatedId = null;
		for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!(child instanceof Element element)) {
				continue;
			}
			String name = localName(element);
			if (name.equals("meta")) {
				// phones write meta with the orx namespace, without it, or with none declared at all
				for (Node meta = element.getFirstChild(); meta != null; meta = meta.getNextSibling()) {
					if (meta instanceof Element field && localName(field).equals("instanceID")) {
						instanceId = field.getTextContent().strip();
					}
					else if (meta instanceof Element field && localName(field).equals("deprecatedID")) {
						deprecatedId = field.getTextContent().strip();
					}
				}
			}
			else {
				values.put(name, element.getTextContent().strip());
			}
		}
		return new Submission(formId, instanceId, deprecatedId, values);
	}

	/** Records the submission; answers whether it changed the ledger (a new record or a correction). */
	boolean record(Submission submission, Scope scope, byte[] xml) {
		if (submission.instanceId() == null || submission.instanceId().isEmpty()) {
			throw refused("The submission has no meta/instanceID: a phone gives every form it sends one.");
		}
		String source = scope.sourceCode() != null ? scope.sourceCode() : sources.primary().code();
		Map<ReturnField, String> values = new EnumMap<>(ReturnField.class);
		Map<ReturnField, String> columns = new EnumMap<>(ReturnField.class);
		List<String> ignored = new ArrayList<>();
		values.put(ReturnField.RECORD_ID, submission.instanceId());
		values.put(ReturnField.SOURCE, source);
		columns.put(ReturnField.RECORD_ID, "meta/instanceID");
		columns.put(ReturnField.SOURCE, "source");
		submission.values().forEach((name, value) -> {
			ReturnField field = FIELDS.get(name);
			if (field == null) {
				ignored.add(name);
			}
			else if (!value.isEmpty()) {
				values.put(field, value);
			}
		});
		FIELDS.forEach((name, field) -> columns.put(field, name));
		// a first submission needs no reason; one of an id already recorded is a correction, and says why
		String reason = !ledger.knownWithinReach(new RecordKey(source, submission.instanceId())) ? null
				: submission.deprecatedId() != null
						? "Edited on the phone: replaces submission " + submission.deprecatedId() + "."
						: "Sent again from the phone with other content.";
		ImportSummary summary = ledger.record(new ReturnBatch("openrosa:" + submission.instanceId(), null, columns,
				ignored, List.of(new ReturnRowInput(1, values)).iterator(), () -> sha256(xml), reason));
		return summary.created() + summary.superseded() > 0;
	}

	private static String localName(Element element) {
		return element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
	}

	static InvalidInputException refused(String message) {
		return InvalidInputException.of(List.of(new InputError(null, null, null, message)));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
