package org.homeward.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic population as a running Homeward takes it: destinations among every district of the reference
 * data, entry points that face the host countries; for tests and benchmarks that import it into the server.
 */
public final class InstancePopulation {

	private InstancePopulation() {
	}

	/** {@code size} registrations by these sources (the first writes Arabic, then Latin, then Cyrillic). */
	public static List<SyntheticRegistration> generate(int size, long seed, List<String> sources) {
		return SyntheticPopulation.generate(size, seed, sources, districts(), LinkageQualityTest.HOST_COUNTRIES,
				entryPoints());
	}

	/** What linkage compares of each registration, as the server reads it back. */
	public static List<LinkageRecord> records(List<SyntheticRegistration> rows) {
		return LinkageQualityTest.records(rows);
	}

	static List<SyntheticPopulation.Place> districts() {
		List<SyntheticPopulation.Place> places = new ArrayList<>();
		for (String[] row : reference("districts.csv")) {
			places.add(new SyntheticPopulation.Place(row[3], row[0]));
		}
		return places;
	}

	/** The reference entry points that face one of the host countries. */
	static List<String> entryPoints() {
		List<String> codes = new ArrayList<>();
		for (String[] row : reference("entry-points.csv")) {
			if (LinkageQualityTest.HOST_COUNTRIES.contains(row[5])) {
				codes.add(row[0]);
			}
		}
		return codes;
	}

	/** A reference file's rows without its header; the columns read here hold no comma. */
	private static List<String[]> reference(String file) {
		InputStream in = InstancePopulation.class.getResourceAsStream("/reference/" + file);
		if (in == null) {
			throw new IllegalStateException("The reference file " + file + " is not on the class path.");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).map(line -> line.split(",", -1)).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
