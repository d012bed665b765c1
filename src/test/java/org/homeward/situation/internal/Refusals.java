package org.homeward.situation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;

/** The problems a check of a situation request names, on a fixed today, with JCHQ and OCHA registered. */
public final class Refusals {

	public static final LocalDate TODAY = LocalDate.of(2018, 10, 22);

	private Refusals() {
	}

	/** A list of problems for one request, as the services start one. */
	public static Problems problems() {
		return new Problems(TODAY, code -> Optional.of(code.strip().toUpperCase(Locale.ROOT))
			.filter(registered -> registered.equals("JCHQ") || registered.equals("OCHA")));
	}

	/** What a request is refused for, in the order named; empty when it is accepted. */
	public static List<InputError> of(Consumer<Problems> check) {
		Problems problems = problems();
		check.accept(problems);
		try {
			problems.throwIfAny();
			return List.of();
		}
		catch (InvalidInputException refused) {
			return refused.errors();
		}
	}
}
