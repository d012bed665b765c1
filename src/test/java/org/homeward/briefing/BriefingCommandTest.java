package org.homeward.briefing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BriefingCommandTest {

	@Test
	void readsEveryOption() {
		assertThat(BriefingCommand.Options.parse(List.of("--as-of", "2018-10-22", "--days", "14", "--source", "UNHCR",
				"--lang", "ar", "--format", "json", "--out", "b.json")))
			.isEqualTo(new BriefingCommand.Options(LocalDate.of(2018, 10, 22), 14, "UNHCR", "ar", "json", Path.of("b.json")));
		assertThat(BriefingCommand.Options.parse(List.of("--as-of", "2018-10-22")))
			.isEqualTo(new BriefingCommand.Options(LocalDate.of(2018, 10, 22), 7, null, "en", "text", null));
	}

	@Test
	void refusesBadArgumentsSayingWhy() {
		assertThatIllegalArgumentException().isThrownBy(() -> BriefingCommand.Options.parse(List.of()))
			.withMessage("--as-of is required.");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BriefingCommand.Options.parse(List.of("--as-of", "22/10/2018")))
			.withMessage("--as-of takes a day written YYYY-MM-DD, not '22/10/2018'.");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BriefingCommand.Options.parse(List.of("--as-of", "2018-10-22", "--days", "0")))
			.withMessage("--days takes a whole number from 1 to 366, not '0'.");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BriefingCommand.Options.parse(List.of("--as-of", "2018-10-22", "--lang", "fr")))
			.withMessage("--lang takes one of ar, en, ru, not 'fr'.");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BriefingCommand.Options.parse(List.of("--as-of", "2018-10-22", "--format", "docx")))
			.withMessage("--format takes one of html, json, pdf, text, not 'docx'.");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BriefingCommand.Options.parse(List.of("--as-of", "2018-10-22", "--colour", "red")))
			.withMessage("unknown option --colour.");
		assertThatIllegalArgumentException().isThrownBy(() -> BriefingCommand.Options.parse(List.of("--as-of")))
			.withMessage("--as-of needs a value.");
	}
}
