package org.homeward.reconstruction;

/** The fields of a facility status event as they arrive, from a file column or a JSON field. */
public enum FacilityField {

	EVENT_ID(true), SOURCE(true), FACILITY_CODE(true), FACILITY_NAME(false), FACILITY_TYPE(true), ADM1(true),
	ADM2(false), ADM3(false), ADM4(false), STATUS(true), DAY(true), VOID(false);

	private final boolean required;

	FacilityField(boolean required) {
		this.required = required;
	}

	public boolean required() {
		return required;
	}
}
