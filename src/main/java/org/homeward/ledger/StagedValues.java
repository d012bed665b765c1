package org.homeward.ledger;

import java.time.LocalDate;

/**
 * Where a staged row writes its content columns, in the order of {@link LedgerTables#stagedContent}: rows for
 * PostgreSQL's {@code COPY}, or the parameters of an insert on H2. Each value may be null.
 */
public interface StagedValues {

	StagedValues text(String value);

	StagedValues number(Integer value);

	StagedValues day(LocalDate value);
}
