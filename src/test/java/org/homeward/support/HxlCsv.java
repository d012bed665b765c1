package org.homeward.support;

import java.util.List;

/** Builds HXL-tagged CSV files of return counts for tests: human headers, hashtags, then data rows. */
public final class HxlCsv {

	public static final String RETURN_COLUMNS = "#meta+id,#meta+source,#date,#affected+type,#affected+returnees,"
			+ "#adm1+code,#adm2+code,#country+origin+code,#adm1+origin+code,#loc+entry+code,#affected+returnees+f,"
			+ "#affected+returnees+m";

	private HxlCsv() {
	}

	/** A return counts file; each row gives the twelve columns of {@link #RETURN_COLUMNS} in order. */
	public static String returns(List<String> rows) {
		StringBuilder csv = new StringBuilder(
				"Row id,Source,Date,Category,Persons,Governorate,District,Host country,Displaced from,Entry point,Women,Men\n")
			.append(RETURN_COLUMNS).append('\n');
		rows.forEach(row -> csv.append(row).append('\n'));
		return csv.toString();
	}

	public static String returns(String... rows) {
		return returns(List.of(rows));
	}
}
