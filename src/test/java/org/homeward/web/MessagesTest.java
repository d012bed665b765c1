package org.homeward.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a page shows in English is there in Russian, in Arabic and in the file read for any other language:
 * a key missing from one shows its reader the key itself.
 */
class MessagesTest {

	@ParameterizedTest
	@ValueSource(strings = { "messages", "messages_ru", "messages_ar" })
	void holdsEveryKeyTheEnglishMessagesHold(String file) throws IOException {
		Set<String> missing = new TreeSet<>(keys("messages_en"));
		missing.removeAll(keys(file));
		// a country's name after "from" is each language's own grammar (the article English gives some)
		missing.removeIf(key -> key.startsWith("country.from."));
		assertThat(missing).as("keys of messages_en missing from " + file).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages", "messages_ru", "messages_ar" })
	void holdsNoKeyTheEnglishMessagesLack(String file) throws IOException {
		Set<String> extra = new TreeSet<>(keys(file));
		extra.removeAll(keys("messages_en"));
		// a country's name after "from" is each language's own grammar (Russian's genitive after «из»)
		extra.removeIf(key -> key.startsWith("country.from."));
		assertThat(extra).as("keys of " + file + " that messages_en lacks").isEmpty();
	}

	private static Set<String> keys(String file) throws IOException {
		Properties messages = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + file + ".properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages.stringPropertyNames();
	}
}
