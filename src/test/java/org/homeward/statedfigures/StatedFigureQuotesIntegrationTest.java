package org.homeward.statedfigures;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.SourceOfItsOwn;
import org.homeward.support.TestClock;
import org.homeward.support.Uploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A briefing quotes, of each other source and scope, the latest figure of the 30 days up to its day, as known when
 * it was written: a figure corrected or added later is not what an issued briefing quoted.
 */
@HomewardIntegrationTest
class StatedFigureQuotesIntegrationTest {

	private static final String HEADER = """
			#meta+id,#meta+source,#date,#meta+period,#affected+returnees,#country+origin+code
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	StatedFigureQuotes quotes;

	@Autowired
	TestClock clock;

	@SourceOfItsOwn("QA")
	String quoted;

	@SourceOfItsOwn("QB")
	String briefed;

	@Test
	void quotesTheLatestFigureOfEachScopeOfTheMonthAsKnownWhenTheBriefingWasWritten() throws Exception {
		Uploads.csv(mvc, "/api/v1/imports/stated-figures", HEADER
				+ "q0," + quoted + ",1995-04-22,cumulative,90,\n"
				+ "q1," + quoted + ",1995-05-10,cumulative,100,\n"
				+ "q2," + quoted + ",1995-05-20,cumulative,150,\n"
				+ "q3," + quoted + ",1995-05-20,cumulative,40,LBN\n"
				+ "q4," + quoted + ",1995-05-23,cumulative,170,\n"
				+ "b1," + briefed + ",1995-05-21,cumulative,999,\n");
		clock.advance(Duration.ofSeconds(1));
		Instant written = clock.instant();
		clock.advance(Duration.ofSeconds(1));
		Uploads.csv(mvc, "/api/v1/imports/stated-figures", HEADER
				+ "q2," + quoted + ",1995-05-20,cumulative,160,\n"
				+ "q5," + quoted + ",1995-05-21,7d,12,\n");

		// q0 is older than 30 days, q1 gives way to q2 of the same scope, q4 comes after the day, b1 is the briefing's own
		assertThat(quotes.forBriefing(briefed, LocalDate.of(1995, 5, 22), written)).extracting(
				quote -> quote.source() + " " + quote.figure().id() + " " + quote.figure().persons())
			.containsExactly(quoted + " q2 150", quoted + " q3 40");
		assertThat(quotes.forBriefing(briefed, LocalDate.of(1995, 5, 22), clock.instant())).extracting(
				quote -> quote.figure().id() + " " + quote.figure().persons())
			.containsExactly("q2 160", "q3 40", "q5 12");
	}
}
