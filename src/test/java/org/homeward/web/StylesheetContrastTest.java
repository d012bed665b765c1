package org.homeward.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text colour the stylesheets set reads against its background with the contrast WCAG 2.1 AA asks of body
 * text (4.5:1). The background is the rule's own, else that of the element its selector starts from (".bar a"
 * stands on ".bar"), else the page's: white, or the light grey around the pages' main column.
 */
class StylesheetContrastTest {

	private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
	private static final Pattern VARIABLE = Pattern.compile("(--[\\w-]+)\\s*:\\s*(#[0-9a-fA-F]{6})");
	private static final Pattern USE = Pattern.compile("var\\((--[\\w-]+)\\)");
	private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
	private static final Pattern COLOR = Pattern.compile("(?<![-\\w])color\\s*:\\s*(#[0-9a-fA-F]{6})");
	private static final Pattern BACKGROUND = Pattern.compile("background(?:-color)?\\s*:\\s*(#[0-9a-fA-F]{6})");
	private static final List<String> PAGE_BACKGROUNDS = List.of("#ffffff", "#f6f7f9");
	private static final double AA_BODY_TEXT = 4.5;

	@ParameterizedTest
	@ValueSource(strings = { "app.css", "homeward.css", "briefing.css" })
	void setsNoTextColourBelowTheContrastOfWcagAa(String stylesheet) throws IOException {
		String css = read("/static/css/" + stylesheet);
		List<String> checked = new ArrayList<>();
		List<String> tooFaint = new ArrayList<>();
		Map<String, String> backgrounds = new HashMap<>();
		Matcher rules = RULE.matcher(css);
		while (rules.find()) {
			Matcher background = BACKGROUND.matcher(rules.group(2));
			if (background.find()) {
				for (String selector : rules.group(1).split(",")) {
					backgrounds.put(selector.strip(), background.group(1));
				}
			}
		}
		rules.reset();
		while (rules.find()) {
			Matcher color = COLOR.matcher(rules.group(2));
			if (!color.find()) {
				continue;
			}
			Matcher own = BACKGROUND.matcher(rules.group(2));
			String ownBackground = own.find() ? own.group(1) : null;
			for (String selector : rules.group(1).split(",")) {
				String first = selector.strip().split("\\s+")[0];
				String inherited = backgrounds.get(first);
				List<String> grounds = ownBackground != null ? List.of(ownBackground)
						: inherited != null ? List.of(inherited) : PAGE_BACKGROUNDS;
				for (String ground : grounds) {
					double ratio = contrast(color.group(1), ground);
					checked.add(selector.strip());
					if (ratio < AA_BODY_TEXT) {
						tooFaint.add("%s: %s on %s is %.2f:1".formatted(selector.strip(), color.group(1), ground, ratio));
					}
				}
			}
		}
		assertThat(checked).isNotEmpty();
		assertThat(tooFaint).isEmpty();
	}

	/** The contrast ratio of WCAG 2.1 between two sRGB colours. */
	static double contrast(String one, String other) {
		double a = luminance(one);
		double b = luminance(other);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	private static double luminance(String hex) {
		double[] weights = { 0.2126, 0.7152, 0.0722 };
		double sum = 0;
		for (int channel = 0; channel < 3; channel++) {
			double value = Integer.parseInt(hex.substring(1 + 2 * channel, 3 + 2 * channel), 16) / 255.0;
			sum += weights[channel] * (value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4));
		}
		return sum;
	}

	private static String read(String resource) throws IOException {
		try (InputStream in = StylesheetContrastTest.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			String css = COMMENT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("");
			Map<String, String> variables = new HashMap<>();
			Matcher variable = VARIABLE.matcher(css);
			while (variable.find()) {
				variables.put(variable.group(1), variable.group(2));
			}
			return USE.matcher(css).replaceAll(use -> variables.getOrDefault(use.group(1), use.group()));
		}
	}
}
