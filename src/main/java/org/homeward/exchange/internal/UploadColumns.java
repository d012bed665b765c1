package org.homeward.exchange.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns a newcomer needs to write a file of one upload kind: each hashtag of the contract in the contract's
 * order, whether a file must have it, an example value, and the keys of its name and meaning in the messages.
 */
final class UploadColumns {

	/** Example values, as the demo data writes them. */
	private static final Map<String, String> RETURN_EXAMPLES = Map.ofEntries(Map.entry("RECORD_ID", "JCHQ-R-000001"),
			Map.entry("SOURCE", "JCHQ"), Map.entry("DAY", "2018-10-20"), Map.entry("CATEGORY", "refugee_returnee"),
			Map.entry("PERSONS", "87"), Map.entry("ADM1", "SY03"), Map.entry("ADM2", "SY0305"),
			Map.entry("ADM3", "SY030500"), Map.entry("ADM4", "C2416"), Map.entry("ORIGIN_COUNTRY", "LBN"),
			Map.entry("ORIGIN_ADM1", "SY02"), Map.entry("ENTRY_POINT", "JDAYDET_YABOUS"), Map.entry("FEMALE", "44"),
			Map.entry("MALE", "43"), Map.entry("AGE_0_4", "11"), Map.entry("AGE_5_11", "17"),
			Map.entry("AGE_12_17", "13"), Map.entry("AGE_18_59", "42"), Map.entry("AGE_60_PLUS", "4"),
			Map.entry("HOUSEHOLDS", "20"), Map.entry("VOID", "true"));

	private static final Map<String, String> FACILITY_EXAMPLES = Map.ofEntries(
			Map.entry("EVENT_ID", "JCHQ-FE-000001"), Map.entry("SOURCE", "JCHQ"),
			Map.entry("FACILITY_CODE", "JCHQ-F-00001"), Map.entry("FACILITY_NAME", "School No. 1, Yabroud"),
			Map.entry("FACILITY_TYPE", "school"), Map.entry("ADM1", "SY03"), Map.entry("ADM2", "SY0305"),
			Map.entry("ADM3", "SY030500"), Map.entry("ADM4", "C2416"), Map.entry("STATUS", "works_under_way"),
			Map.entry("DAY", "2018-10-20"), Map.entry("VOID", "true"));

	private UploadColumns() {
	}

	/**
	 * One column: its hashtag as the contract writes it, whether every file must have it, an example value, and
	 * {@code key}: the messages name it {@code key + ".name"} and explain it {@code key + ".meaning"}.
	 */
	record Column(String hashtag, boolean required, String example, String key) {
	}

	/** The columns of {@code returns} or {@code facilities}, in the order the contract lists them. */
	static List<Column> of(String kind) {
		return switch (kind) {
			case "returns" -> columns(kind, Contracts.RETURNS, RETURN_EXAMPLES);
			case "facilities" -> columns(kind, Contracts.FACILITIES, FACILITY_EXAMPLES);
			default -> throw new IllegalArgumentException("no upload of " + kind);
		};
	}

	private static <F extends Enum<F>> List<Column> columns(String kind, HxlColumns.Contract<F> contract,
			Map<String, String> examples) {
		return Arrays.stream(contract.type().getEnumConstants())
			.map(field -> new Column(contract.hashtags().get(field), contract.required().contains(field),
					examples.get(field.name()), "upload.column." + kind + "." + field.name().toLowerCase(Locale.ROOT)))
			.toList();
	}
}
