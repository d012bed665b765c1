package org.homeward.registrations.internal;

import java.io.IOException;

import org.homeward.web.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key personal data is kept under: encryption that round-trips, keyed fingerprints, a 503 without a key. */
class PersonalDataKeyTest {

	private static final String KEY = "dGVzdHMtb3duLWtleS1mb3ItcGVyc29uYWwtZGF0YSE=";
	private static final String OTHER_KEY = "b3RoZXIta2V5LWZvci1wZXJzb25hbC1kYXRhLWhlcmU=";

	@Test
	void encryptsEachTimeAnewAndDecryptsWhatItEncrypted() throws IOException {
		PersonalDataKey key = new PersonalDataKey(KEY, "jdbc:postgresql://db/homeward");
		String name = new PersonalData("محمد", null, null, "Аль-Хасан", null, "1980", null).canonical();

		String once = key.encrypt(name);
		String twice = key.encrypt(name);

		assertThat(once).isNotEqualTo(twice).doesNotContain("Аль");
		assertThat(key.decrypt(once)).isEqualTo(name);
		assertThat(PersonalData.of(key.decrypt(twice)))
			.isEqualTo(new PersonalData("محمد", null, null, "Аль-Хасан", null, "1980", null));
	}

	@Test
	void fingerprintsByTheKeySoThatAHashCannotBeGuessedWithoutIt() throws IOException {
		PersonalDataKey key = new PersonalDataKey(KEY, "");
		PersonalDataKey other = new PersonalDataKey(OTHER_KEY, "");

		assertThat(key.fingerprint("Mohammed")).isEqualTo(key.fingerprint("Mohammed")).hasSize(64)
			.isNotEqualTo(other.fingerprint("Mohammed"))
			.isNotEqualTo("4d6f68616d6d6564");
		assertThatThrownBy(() -> other.decrypt(key.encrypt("Mohammed"))).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void withoutAKeyOutsideTheEmbeddedDatabaseRefusesRegistrationsAsUnavailable() throws IOException {
		PersonalDataKey none = new PersonalDataKey("", "jdbc:postgresql://db/homeward");

		assertThatThrownBy(none::requireKey).isInstanceOfSatisfying(ProblemException.class, e -> {
			assertThat(e.getMessage()).isEqualTo("Registrations hold personal data, kept only encrypted: set "
					+ "HOMEWARD_PERSONAL_DATA_KEY (32 bytes, Base64) to record them.");
		});
		assertThatThrownBy(() -> new PersonalDataKey("c2hvcnQ=", "")).isInstanceOf(IllegalStateException.class)
			.hasMessage("HOMEWARD_PERSONAL_DATA_KEY holds 5 bytes; it must hold 32, written in Base64");
	}
}
