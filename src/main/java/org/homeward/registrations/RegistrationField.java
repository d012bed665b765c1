package org.homeward.registrations;

/** The fields of a registration as they arrive, from a file column (exchange contract, section 5). */
public enum RegistrationField {

	REGISTRATION_ID(true), SOURCE(true), HOUSEHOLD_ID(true), RELATIONSHIP(true), GIVEN_NAME(true),
	FATHER_NAME(false), GRANDFATHER_NAME(false), FAMILY_NAME(true), MOTHER_NAME(false), SEX(true), BIRTH(false),
	NATIONAL_ID(false), CATEGORY(true), RETURN_DAY(true), REGISTRATION_DAY(true), ADM1(true), ADM2(false),
	ADM3(false), ADM4(false), ORIGIN_COUNTRY(false), ENTRY_POINT(false), VOID(false);

	private final boolean required;

	RegistrationField(boolean required) {
		this.required = required;
	}

	/** Whether every file must have this column (a void row still needs only the id and the source). */
	public boolean required() {
		return required;
	}
}
