package org.homeward.returns;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one version of a return record says: how many people of one category came home on one day to one place,
 * from where, through which entry point, by sex and age band when known. Parts that are given add up.
 */
public record ReturnCount(LocalDate day, ReturnCategory category, int persons, Destination destination,
		String originCountry, String originAdm1, String entryPoint, Integer female, Integer male, AgeBreakdown ages,
		Integer households) {

	public ReturnCount {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(destination, "destination");
		Objects.requireNonNull(ages, "ages");
		if (persons < 0) {
			throw new IllegalArgumentException("persons must not be negative");
		}
		if (female != null && male != null && female + male != persons) {
			throw new IllegalArgumentException("female and male must add up to persons");
		}
		if (ages.isComplete() && ages.sum() != persons) {
			throw new IllegalArgumentException("the age bands must add up to persons");
		}
	}

	/** Where the people came home to: a governorate and, when known, finer admin units inside it. */
	public record Destination(String adm1, String adm2, String adm3, String adm4) {

		public Destination {
			Objects.requireNonNull(adm1, "adm1");
		}

		/** The finest admin unit given: the settlement the people came home to. */
		public String finest() {
			return adm4 != null ? adm4 : adm3 != null ? adm3 : adm2 != null ? adm2 : adm1;
		}
	}

	/** Persons by UNHCR age band; a band that was not reported is null. */
	public record AgeBreakdown(Integer age0to4, Integer age5to11, Integer age12to17, Integer age18to59,
			Integer age60plus) {

		public static final AgeBreakdown UNKNOWN = new AgeBreakdown(null, null, null, null, null);

		public boolean isComplete() {
			return age0to4 != null && age5to11 != null && age12to17 != null && age18to59 != null && age60plus != null;
		}

		public int sum() {
			return value(age0to4) + value(age5to11) + value(age12to17) + value(age18to59) + value(age60plus);
		}

		private static int value(Integer band) {
			return band == null ? 0 : band;
		}
	}
}
