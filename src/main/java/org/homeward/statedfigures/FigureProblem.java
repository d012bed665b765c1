package org.homeward.statedfigures;

import java.util.List;

/**
 * A fault the checks found in a source's stated figures: of what kind, which figures (by the source's ids) and
 * what it is, with their numbers.
 */
public record FigureProblem(Kind kind, List<String> ids, String message) {

	public FigureProblem {
		ids = List.copyOf(ids);
	}

	/** The four kinds of the exchange contract (section 7). */
	public enum Kind {

		/** A cumulative figure lower than the one of the same scope before it. */
		CUMULATIVE_FELL("cumulative-fell"),
		/** Parts of one day, period and scope adding up to more than their total. */
		PARTS_EXCEED_TOTAL("parts-exceed-total"),
		/** Parts meant to break a total down whole that add up to less than it. */
		PARTS_DIFFER_FROM_TOTAL("parts-differ-from-total"),
		/** A stated figure the source's own records do not bear out, beyond the tolerance. */
		DIFFERS_FROM_RECORDS("differs-from-records");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		/** The kind as the API names it: {@code cumulative-fell}. */
		public String code() {
			return code;
		}
	}
}
