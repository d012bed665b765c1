package org.homeward.ledger;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.homeward.access.Scope;

/**
 * What every ledger's row says first: the source's own id of its record, the source, and whether the row voids
 * the record. Read alike in every ledger, so that the same mistake is answered with the same words.
 */
public record RowIdentity(String key, String source, boolean voided) {

	/**
	 * Reads the identity of the rows of one batch, for a user who may write as some sources only; remembers the
	 * sources it has looked up.
	 *
	 * @param <F> the ledger's fields
	 */
	public static final class Reader<F> {

		private final F id;
		private final F source;
		private final F voiding;
		private final String noun;
		private final Predicate<String> registered;
		private final Scope scope;
		private final Map<String, Boolean> knownSources = new HashMap<>();

		/**
		 * @param noun what a record of the ledger is called: {@code record}, {@code status event}
		 * @param registered whether a source code is registered
		 */
		public Reader(F id, F source, F voiding, String noun, Predicate<String> registered, Scope scope) {
			this.id = id;
			this.source = source;
			this.voiding = voiding;
			this.noun = noun;
			this.registered = registered;
			this.scope = scope;
		}

		/** The row's identity; what is wrong with it is added to {@code problems}. */
		public RowIdentity read(RowFields<F> input, RowProblems<F> problems) {
			String key = input.text(id);
			String idProblem = key == null ? "The row needs the source's id of the " + noun + "." : SourceIds.problem(key);
			if (idProblem != null) {
				problems.add(id, idProblem);
			}
			String code = input.text(source);
			if (code == null) {
				problems.add(source, "The row needs the code of a registered source.");
			}
			else {
				code = code.toUpperCase(Locale.ROOT);
				if (!knownSources.computeIfAbsent(code, registered::test)) {
					problems.add(source, "No source is registered with this code.");
				}
				else if (!scope.allowsSource(code)) {
					problems.add(source, "Your account writes as source " + scope.sourceCode() + " only.");
				}
			}
			String voidText = input.text(voiding);
			boolean voided = voidText != null && voidText.equalsIgnoreCase("true");
			if (voidText != null && !voided && !voidText.equalsIgnoreCase("false")) {
				problems.add(voiding, "Write true to retract the " + noun + ", or leave the cell empty.");
			}
			return new RowIdentity(key, code, voided);
		}
	}
}
