package org.homeward.reconstruction.internal;

/** How facilities are counted in a figure: by their type, or by the governorate they stand in. */
enum FacilityGrouping {

	TYPE("type_code"), GOVERNORATE("adm1_code");

	private final String column;

	FacilityGrouping(String column) {
		this.column = column;
	}

	/** The column of the register and of the timelines that holds the grouping's key. */
	String column() {
		return column;
	}
}
