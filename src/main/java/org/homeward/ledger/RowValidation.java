package org.homeward.ledger;

import java.util.List;
import java.util.Optional;

import org.homeward.web.InputError;

/**
 * How a ledger validates one row of a batch: the row ready to stage, or empty with its problems added.
 *
 * @param <I> a row as received
 * @param <S> a row as validated and staged
 */
@FunctionalInterface
public interface RowValidation<I, S extends StagedRow> {

	Optional<S> validate(I row, List<InputError> problems);
}
