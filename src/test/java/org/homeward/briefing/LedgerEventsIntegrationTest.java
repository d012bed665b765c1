package org.homeward.briefing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import org.homeward.reconstruction.Facilities;
import org.homeward.returns.ReturnsLedger;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.SourceOfItsOwn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the briefing hears of the ledgers it reads: a write that lands in one is announced, and the briefing kept
 * until then is computed anew with it; a write refused (rolled back whole) or one that changes nothing announces
 * nothing, and the kept briefing is answered again as it was.
 */
@HomewardIntegrationTest
@ExtendWith(PublishedEventsExtension.class)
class LedgerEventsIntegrationTest {

	/**
	 * A ledger the briefing reads, as these tests write to it: the first row and the later one each add one to the
	 * briefing's {@code figure}, the bad row is refused; a landed import is announced as {@code announcement} of its
	 * import id.
	 */
	record Ledger(String name, String importPath, String header, String first, String later, String bad,
			String figure, Class<?> announcementType, LongFunction<Object> announcement) {

		/** This ledger's announcements published in a test, in order. */
		List<Object> announced(PublishedEvents events) {
			List<Object> announced = new ArrayList<>();
			events.ofType(announcementType).forEach(announced::add);
			return announced;
		}

		Object announcing(long importId) {
			return announcement.apply(importId);
		}

		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Ledger> ledgers() {
		return Stream.of(
				new Ledger("returns", "/api/v1/imports/returns", HxlCsv.returns(),
						"r1,SRC,2018-10-20,refugee_returnee,1,SY03,,LBN,,,,",
						"r2,SRC,2018-10-21,refugee_returnee,1,SY03,,LBN,,,,",
						"r3,SRC,2018-02-30,refugee_returnee,1,SY03,,LBN,,,,", "$.returns.total",
						ReturnsLedger.RecordsChanged.class, ReturnsLedger.RecordsChanged::new),
				new Ledger("facilities", "/api/v1/imports/facilities", IssuedBriefingIntegrationTest.FACILITIES,
						"f1,SRC,S1,school,SY07,in_operation,2018-10-19",
						"f2,SRC,S2,school,SY07,in_operation,2018-10-20",
						"f3,SRC,S3,school,SY07,demolished,2018-10-20",
						"$.reconstruction.putIntoOperationInPeriod.school",
						Facilities.EventsChanged.class, Facilities.EventsChanged::new));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MeterRegistry meters;

	@SourceOfItsOwn("B")
	String source;

	/** How many briefings had been computed when the briefing was last asked for. */
	double computedBefore;

	@ParameterizedTest
	@MethodSource("ledgers")
	void anImportThatLandsIsAnnouncedAndTheNextBriefingCountsIt(Ledger ledger, PublishedEvents events)
			throws Exception {
		long first = firstImportBriefed(ledger);

		long later = importId(send(ledger, ledger.later()).andExpect(status().isOk()));

		assertThat(ledger.announced(events)).containsExactly(ledger.announcing(first), ledger.announcing(later));
		assertThat(briefedAgain(jsonPath(ledger.figure()).value(2))).isEqualTo(1.0);
	}

	@ParameterizedTest
	@MethodSource("ledgers")
	void aRefusedImportAnnouncesNothingAndTheKeptBriefingIsAnsweredAgain(Ledger ledger, PublishedEvents events)
			throws Exception {
		long first = firstImportBriefed(ledger);

		// the later row is valid, the bad one is not: the file is refused whole
		send(ledger, ledger.later() + "\n" + ledger.bad()).andExpect(status().isUnprocessableContent());

		assertThat(ledger.announced(events)).containsExactly(ledger.announcing(first));
		assertThat(briefedAgain(jsonPath(ledger.figure()).value(1))).isEqualTo(0.0);
	}

	@ParameterizedTest
	@MethodSource("ledgers")
	void anImportThatChangesNothingAnnouncesNothingAndTheKeptBriefingIsAnsweredAgain(Ledger ledger,
			PublishedEvents events) throws Exception {
		long first = firstImportBriefed(ledger);

		send(ledger, ledger.first()).andExpect(status().isOk()).andExpect(jsonPath("$.unchanged").value(1));

		assertThat(ledger.announced(events)).containsExactly(ledger.announcing(first));
		assertThat(briefedAgain(jsonPath(ledger.figure()).value(1))).isEqualTo(0.0);
	}

	@Test
	void aSituationChangeIsAnnouncedAndTheNextBriefingShowsIt(PublishedEvents events) throws Exception {
		briefed(jsonPath("$.situation.legalActs", hasSize(0)));

		legalAct("amnesty").andExpect(status().isCreated());

		assertThat(situationChanges(events)).containsExactly("legal_act.registered");
		assertThat(briefedAgain(jsonPath("$.situation.legalActs[*].title", contains("Decree on general amnesty"))))
			.isEqualTo(1.0);
	}

	@Test
	void aRefusedSituationChangeAnnouncesNothingAndTheKeptBriefingIsAnsweredAgain(PublishedEvents events)
			throws Exception {
		briefed(jsonPath("$.situation.legalActs", hasSize(0)));

		legalAct("edict").andExpect(status().isUnprocessableContent());

		assertThat(situationChanges(events)).isEmpty();
		assertThat(briefedAgain(jsonPath("$.situation.legalActs", hasSize(0)))).isEqualTo(0.0);
	}

	/** Imports the ledger's first row and asks for the briefing, which counts it; answers the import's id. */
	private long firstImportBriefed(Ledger ledger) throws Exception {
		long first = importId(send(ledger, ledger.first()).andExpect(status().isOk()));
		briefed(jsonPath(ledger.figure()).value(1));
		return first;
	}

	/** Asks for the briefing, checks the answer, and notes how many briefings have been computed by then. */
	private void briefed(ResultMatcher answer) throws Exception {
		briefing().andExpect(answer);
		computedBefore = computed();
	}

	/** Asks for the briefing again, checks the answer, and answers how many were computed for it: 1 anew, 0 kept. */
	private double briefedAgain(ResultMatcher answer) throws Exception {
		briefing().andExpect(answer);
		return computed() - computedBefore;
	}

	/** The action each change announced by the situation names; the one line naming the type of its event. */
	private static List<String> situationChanges(PublishedEvents events) {
		List<String> actions = new ArrayList<>();
		events.ofType(org.homeward.situation.SituationChanged.class).forEach(changed -> actions.add(changed.action()));
		return actions;
	}

	private ResultActions legalAct(String kind) throws Exception {
		return mvc.perform(post("/api/v1/legal-acts").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"number": "18", "title": "Decree on general amnesty", "kind": "%s", "signedOn": "2018-10-09",
				 "source": "%s"}""".formatted(kind, source)));
	}

	/** Sends rows to a ledger's import, as this test's source where they say SRC. */
	private ResultActions send(Ledger ledger, String rows) throws Exception {
		return mvc.perform(post(ledger.importPath()).with(admin()).contentType("text/csv")
			.content((ledger.header() + rows + "\n").replace("SRC", source)));
	}

	private ResultActions briefing() throws Exception {
		return mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", source))
			.andExpect(status().isOk());
	}

	/** How many briefings have been computed from the ledgers so far, rather than answered again as kept. */
	private double computed() {
		return meters.counter(Briefings.COMPUTED).count();
	}

	private static long importId(ResultActions answer) throws Exception {
		return ((Number) JsonPath.read(answer.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
				"$.importId")).longValue();
	}
}
