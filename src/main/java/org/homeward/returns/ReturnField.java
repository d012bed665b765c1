package org.homeward.returns;

/** The fields of a return record as they arrive, from a file column or a JSON field. */
public enum ReturnField {

	RECORD_ID(true), SOURCE(true), DAY(true), CATEGORY(true), PERSONS(true), ADM1(true), ADM2(false), ADM3(false),
	ADM4(false), ORIGIN_COUNTRY(false), ORIGIN_ADM1(false), ENTRY_POINT(false), FEMALE(false), MALE(false),
	AGE_0_4(false), AGE_5_11(false), AGE_12_17(false), AGE_18_59(false), AGE_60_PLUS(false), HOUSEHOLDS(false),
	VOID(false);

	private final boolean required;

	ReturnField(boolean required) {
		this.required = required;
	}

	/** Whether every file must have this column (a void row still needs only the id and the source). */
	public boolean required() {
		return required;
	}
}
