package org.homeward.ledger;

import java.util.Locale;
import java.util.Objects;

/**
 * What names a record of a ledger for ever: the source that sent it and the source's own id of it (a return
 * record's id, a facility's code). It prints as {@code SOURCE/id}, as problems and the audit trail name a record.
 */
public record RecordKey(String source, String id) {

	public RecordKey {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(id, "id");
	}

	/** The key of a record as a path or a person names it: the source's code in any case, around spaces. */
	public static RecordKey of(String source, String id) {
		return new RecordKey(source.strip().toUpperCase(Locale.ROOT), id);
	}

	/** The key as two segments of a link's path, each percent-encoded. */
	public String path() {
		return SourceIds.pathSegment(source) + "/" + SourceIds.pathSegment(id);
	}

	@Override
	public String toString() {
		return source + "/" + id;
	}
}
