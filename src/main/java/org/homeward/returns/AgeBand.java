package org.homeward.returns;

/** UNHCR's demographic age bands. */
public enum AgeBand {

	AGE_0_4("0-4"), AGE_5_11("5-11"), AGE_12_17("12-17"), AGE_18_59("18-59"), AGE_60_PLUS("60+");

	private final String label;

	AgeBand(String label) {
		this.label = label;
	}

	/** How the band is written in figures: {@code 0-4}, {@code 60+}. */
	public String label() {
		return label;
	}
}
