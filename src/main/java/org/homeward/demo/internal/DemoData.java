package org.homeward.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.homeward.approval.Approvals;
import org.homeward.briefing.Briefings;
import org.homeward.exchange.HxlFileImports;
import org.homeward.reconstruction.Facilities;
import org.homeward.registrations.Registrations;
import org.homeward.returns.ReturnsLedger;
import org.homeward.ledger.ImportSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data set of {@code classpath:demo/} through the same imports and services partners use, as the
 * user "demo", in one transaction, and issues the briefing of the demo day. It runs before the server takes
 * requests, so no one sees half of it. The week of the briefing is approved for three governorates before it is
 * issued. Three headline figures of UNHCR and OCHA, made up for the demo and marked so in their file, give the
 * briefing what other sources stated to quote. {@code homeward.demo} (HOMEWARD_DEMO): true loads it into any empty
 * database, false never; unset loads it into an empty embedded database only.
 */
@Component
class DemoData implements SmartInitializingSingleton {

	/** The day of the headquarters' briefing the demo reproduces: Monday 22 October 2018. */
	static final LocalDate DEMO_DAY = LocalDate.of(2018, 10, 22);

	static final String DEMO_USER = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final String CSV = "text/csv";

	private final Boolean wanted;
	private final DataSource dataSource;
	private final ReturnsLedger ledger;
	private final Facilities facilities;
	private final HxlFileImports imports;
	private final DemoSituation situation;
	private final Registrations registrations;
	private final Briefings briefings;
	private final Approvals approvals;
	private final TransactionTemplate transaction;

	DemoData(@Value("${homeward.demo:#{null}}") Boolean wanted, DataSource dataSource, ReturnsLedger ledger,
			Facilities facilities, HxlFileImports imports, DemoSituation situation,
			Registrations registrations, Briefings briefings, Approvals approvals, TransactionTemplate transaction) {
		this.approvals = approvals;
		this.wanted = wanted;
		this.dataSource = dataSource;
		this.ledger = ledger;
		this.facilities = facilities;
		this.imports = imports;
		this.situation = situation;
		this.registrations = registrations;
		this.briefings = briefings;
		this.transaction = transaction;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (Boolean.FALSE.equals(wanted)) {
			return;
		}
		boolean empty = !ledger.hasRecords() && !facilities.hasEvents();
		if (shouldLoad(wanted, empty, empty && embedded())) {
			load();
		}
		else if (Boolean.TRUE.equals(wanted)) {
			log.info("demo data not loaded: the database already holds records");
		}
	}

	/** true: into any empty database; false: never; unset: into an empty embedded database only. */
	static boolean shouldLoad(Boolean wanted, boolean empty, boolean embedded) {
		if (Boolean.FALSE.equals(wanted) || !empty) {
			return false;
		}
		return Boolean.TRUE.equals(wanted) || embedded;
	}

	/** Loads the whole demo data set, or nothing. */
	void load() {
		long started = System.nanoTime();
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(DEMO_USER,
				null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
		try {
			transaction.executeWithoutResult(status -> {
				ImportSummary returns = imports.returns(resource("returns-jchq.csv"), CSV, "returns-jchq.csv",
						"demo:returns-jchq");
				imports.returns(resource("returns-jchq-corrections.csv"), CSV, "returns-jchq-corrections.csv",
						"demo:returns-jchq-corrections");
				imports.returns(resource("returns-unhcr.csv"), CSV, "returns-unhcr.csv", "demo:returns-unhcr");
				ImportSummary events = imports.facilities(resource("facilities-jchq.csv"), CSV, "facilities-jchq.csv",
						"demo:facilities-jchq");
				situation();
				imports.statedFigures(resource("stated-figures-demo.csv"), CSV, "stated-figures-demo.csv",
						"demo:stated-figures");
				registrations();
				approvals();
				briefings.issue(DEMO_DAY, 7, "JCHQ");
				log.info("demo data loaded: {} return rows, {} facility events; the briefing of {} is issued",
						returns.rows(), events.rows(), DEMO_DAY);
			});
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
		log.info("demo data took {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * The week of the demo day approved for three governorates only, as a coordinator signs off the offices that
	 * have checked their figures: the demo's briefing is partly approved.
	 */
	private void approvals() {
		for (String governorate : APPROVED_GOVERNORATES) {
			approvals.request(new Approvals.Request("returns", "JCHQ", governorate, DEMO_DAY.minusDays(6).toString(),
					DEMO_DAY.toString()));
		}
	}

	/** Damascus, Aleppo and Rural Damascus. */
	static final java.util.List<String> APPROVED_GOVERNORATES = java.util.List.of("SY01", "SY02", "SY03");

	/**
	 * Households registered by UNHCR before their return and by JCHQ at the crossing: one family is in both, its
	 * names in Latin letters in one and in Arabic script in the other, a birth date with day and month swapped.
	 */
	private void registrations() {
		if (!registrations.acceptsPersonalData()) {
			log.warn("demo registrations left out: no personal data key is set (HOMEWARD_PERSONAL_DATA_KEY)");
			return;
		}
		imports.registrations(resource("registrations.csv"), CSV, "registrations.csv", "demo:registrations");
	}

	/** The legal acts, camps, coordination actions and aid of {@code demo/situation-jchq.json}. */
	private void situation() {
		try (InputStream in = resource("situation-jchq.json")) {
			situation.record(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private boolean embedded() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().equals("H2");
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot read which database Homeward runs on", e);
		}
	}

	private static InputStream resource(String name) {
		InputStream in = DemoData.class.getResourceAsStream("/demo/" + name);
		if (in == null) {
			throw new IllegalStateException("the demo data file " + name + " is missing from the application");
		}
		return in;
	}
}
