package org.homeward.statedfigures;

/** The fields of a stated figure as they arrive, from a file column (exchange contract, section 7). */
public enum StatedFigureField {

	FIGURE_ID(true), SOURCE(true), DAY(true), PERIOD(true), PERSONS(true), CATEGORY(false), ORIGIN_COUNTRY(false),
	ENTRY_POINT(false), ADM1(false), URL(false), VOID(false);

	private final boolean required;

	StatedFigureField(boolean required) {
		this.required = required;
	}

	/** Whether every file must have this column (a void row still needs only the id and the source). */
	public boolean required() {
		return required;
	}
}
