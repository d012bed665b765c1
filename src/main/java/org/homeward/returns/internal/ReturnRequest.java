package org.homeward.returns.internal;

import java.util.EnumMap;
import java.util.Map;

import org.homeward.ledger.RowFields;
import org.homeward.returns.ReturnField;
import org.homeward.returns.ReturnRowInput;

/**
 * A return record sent as JSON. Values arrive as text (numbers are accepted too) so that every problem is
 * reported the same way as in a file: field, value, reason.
 */
record ReturnRequest(String id, String source, String date, String category, String persons, String adm1,
		String adm2, String adm3, String adm4, String originCountry, String originAdm1, String entryPoint,
		String female, String male, String age0to4, String age5to11, String age12to17, String age18to59,
		String age60plus, String households, String reason) {

	/** The JSON field of each ledger field, used to name problems. */
	static final Map<ReturnField, String> FIELDS = RowFields.named(ReturnField.class, "id", "source", "date",
			"category", "persons", "adm1", "adm2", "adm3", "adm4", "originCountry", "originAdm1", "entryPoint", "female",
			"male", "age0to4", "age5to11", "age12to17", "age18to59", "age60plus", "households", "void");

	/** The request as ledger input for the record named by source and id (from the path, for corrections). */
	ReturnRowInput input(String sourceCode, String recordId) {
		Map<ReturnField, String> values = new EnumMap<>(ReturnField.class);
		put(values, ReturnField.RECORD_ID, recordId);
		put(values, ReturnField.SOURCE, sourceCode);
		put(values, ReturnField.DAY, date);
		put(values, ReturnField.CATEGORY, category);
		put(values, ReturnField.PERSONS, persons);
		put(values, ReturnField.ADM1, adm1);
		put(values, ReturnField.ADM2, adm2);
		put(values, ReturnField.ADM3, adm3);
		put(values, ReturnField.ADM4, adm4);
		put(values, ReturnField.ORIGIN_COUNTRY, originCountry);
		put(values, ReturnField.ORIGIN_ADM1, originAdm1);
		put(values, ReturnField.ENTRY_POINT, entryPoint);
		put(values, ReturnField.FEMALE, female);
		put(values, ReturnField.MALE, male);
		put(values, ReturnField.AGE_0_4, age0to4);
		put(values, ReturnField.AGE_5_11, age5to11);
		put(values, ReturnField.AGE_12_17, age12to17);
		put(values, ReturnField.AGE_18_59, age18to59);
		put(values, ReturnField.AGE_60_PLUS, age60plus);
		put(values, ReturnField.HOUSEHOLDS, households);
		return new ReturnRowInput(0, values);
	}

	/** A void of a record: its id and source only. */
	static ReturnRowInput voiding(String sourceCode, String recordId) {
		return new ReturnRowInput(0, Map.of(ReturnField.RECORD_ID, recordId, ReturnField.SOURCE, sourceCode,
				ReturnField.VOID, "true"));
	}

	private static void put(Map<ReturnField, String> values, ReturnField field, String value) {
		if (value != null) {
			values.put(field, value);
		}
	}
}
