package org.homeward.returns;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who came home: people displaced inside the country, or refugees who came back from abroad. */
public enum ReturnCategory {

	IDP_RETURNEE, REFUGEE_RETURNEE;

	/** The name in exchange files and the API: {@code idp_returnee}. */
	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ReturnCategory> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String name = text.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(category -> category.name().equals(name)).findFirst();
	}
}
