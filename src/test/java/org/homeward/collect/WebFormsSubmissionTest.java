package org.homeward.collect;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.homeward.support.HeadlessChromium;
import org.homeward.support.TestDatabaseConfiguration;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real OpenRosa client against Homeward: ODK Web Forms, as the npm registry ships it, in headless chromium. It
 * reads the form list and each of the three forms as a data officer of Aleppo, is filled in as that officer would
 * (a household member after member in the repeat), and sends it to {@code /openrosa/submission}; what it said is
 * recorded once, with the values typed, and sent again it changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
		"spring.datasource.url=jdbc:h2:mem:homeward-web-forms;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
@Tag("browser")
class WebFormsSubmissionTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");
	private static final String PASSWORD = "web-forms-officer-password";
	private static final ObjectMapper JSON = JsonMapper.builder().build();

	static WebDriver browser;
	private static HeadlessChromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		chromium = HeadlessChromium.start(1000, 1400);
		browser = chromium.driver();
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void anOfficerFillsTheReturnsFormInWebFormsAndTheCountIsRecordedOnceAndNotAgainWhenResent() throws Exception {
		TestUsers.insert(jdbc, "aleppo-officer", PASSWORD, "DATA_OFFICER", "SY02", null);
		try (FieldOffice office = FieldOffice.beside(URI.create("http://localhost:" + port))) {
			open(office, "homeward_returns", "aleppo-officer");

			// the count of Monday the 19th at Jebel Saman, typed as the officer would
			day(page(), "Day counted", "10/19/2018");
			choose(page(), "Who came home", "Displaced inside the country");
			type(page(), "Persons", "42");
			choose(page(), "Governorate they came home to", "Aleppo");
			choose(page(), "District (if known)", "Jebel Saman");
			type(page(), "Of them women and girls", "20");
			type(page(), "Of them men and boys", "22");
			type(page(), "Households", "9");
			String instance = sendAndExpectRecorded("web-forms-returns-filled");
			assertReturnRecordedOnce(instance);

			sendAgainAndExpectNothingChanged();
			assertReturnRecordedOnce(instance);
		}
	}

	@Test
	void anOfficerFillsTheFacilityFormInWebFormsAndTheStatusEventIsRecordedOnceAndNotAgainWhenResent()
			throws Exception {
		TestUsers.insert(jdbc, "facility-officer", PASSWORD, "DATA_OFFICER", "SY02", null);
		try (FieldOffice office = FieldOffice.beside(URI.create("http://localhost:" + port))) {
			open(office, "homeward_facility", "facility-officer");

			// the bakery by the market in Jebel Saman bakes again from Thursday the 18th
			type(page(), "Facility's code", "ALP-BAK-7");
			type(page(), "Facility's name", "Bakery by the market");
			choose(page(), "Kind of facility", "bakeries");
			choose(page(), "Governorate it stands in", "Aleppo");
			choose(page(), "District (if known)", "Jebel Saman");
			choose(page(), "Its status", "In operation");
			day(page(), "Day it entered that status", "10/18/2018");
			String instance = sendAndExpectRecorded("web-forms-facility-filled");
			assertFacilityEventRecordedOnce(instance);

			sendAgainAndExpectNothingChanged();
			assertFacilityEventRecordedOnce(instance);
		}
	}

	@Test
	void anOfficerRegistersAHouseholdOfTwoInWebFormsOneNamedInArabicOnceAndNotAgainWhenResent() throws Exception {
		TestUsers.insert(jdbc, "household-officer", PASSWORD, "DATA_OFFICER", "SY02", null);
		try (FieldOffice office = FieldOffice.beside(URI.create("http://localhost:" + port))) {
			open(office, "homeward_household", "household-officer");

			// a father and his daughter, home in Jebel Saman on Sunday the 14th, registered the day after
			choose(page(), "Who came home", "Displaced inside the country");
			day(page(), "Day they came home", "10/14/2018");
			day(page(), "Day of the registration", "10/15/2018");
			choose(page(), "Governorate they came home to", "Aleppo");
			choose(page(), "District (if known)", "Jebel Saman");
			WebElement head = member(1);
			choose(head, "Relationship to the head", "Head of the household");
			type(head, "Given name", "Khaled");
			type(head, "Father's given name", "Omar");
			type(head, "Family name", "Halabi");
			choose(head, "Sex", "Male");
			type(head, "Born (year, year-month or day)", "1980");
			browser.findElement(By.xpath("//button[contains(@class,'button-add-instance')]"
					+ "[normalize-space()='Add Member of the household']")).click();
			WebElement daughter = member(2);
			choose(daughter, "Relationship to the head", "Child");
			type(daughter, "Given name", "مريم");
			type(daughter, "Family name", "الحلبي");
			choose(daughter, "Sex", "Female");
			type(daughter, "Born (year, year-month or day)", "2010-03");
			String household = sendAndExpectRecorded("web-forms-household-filled");
			assertHouseholdRegisteredOnce(household);

			sendAgainAndExpectNothingChanged();
			assertHouseholdRegisteredOnce(household);
		}
	}

	private void open(FieldOffice office, String form, String username) {
		browser.get("about:blank");
		browser.get(office.page() + "#server=/openrosa&form=" + form + "&user=" + username + "&password=" + PASSWORD);
		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(driver -> !driver.findElements(By.cssSelector(".odk-form .question-container")).isEmpty());
	}

	/** Sends the form, and answers its instanceID once Homeward said it recorded it. */
	private static String sendAndExpectRecorded(String screenshot) throws IOException {
		screenshot(screenshot);
		browser.findElement(By.cssSelector(".odk-form button[aria-label=Send]")).click();
		WebElement outcome = sent(1);
		assertThat(outcome.getText()).isEqualTo("Received: the submission is recorded.");
		assertThat(outcome.getAttribute("data-status")).isEqualTo("201");
		String instance = outcome.getAttribute("data-instance");
		assertThat(instance).startsWith("uuid:");
		return instance;
	}

	/** The same submission again, as a phone sends it when it never heard the answer. */
	private static void sendAgainAndExpectNothingChanged() {
		browser.findElement(By.id("send-again")).click();
		WebElement outcome = sent(2);
		assertThat(outcome.getAttribute("data-status")).isEqualTo("202");
		assertThat(outcome.getText()).isEqualTo("Already received: nothing changed.");
	}

	private void assertReturnRecordedOnce(String instance) {
		assertThat(jdbc.sql("""
				select version || ' ' || returned_on || ' ' || category || ' ' || persons || ' ' || adm1_code || ' '
				       || adm2_code || ' ' || female || ' ' || male || ' ' || households || ' ' || recorded_by
				  from return_record where record_id = ?
				""").param(instance).query(String.class).list())
			.containsExactly("1 2018-10-19 IDP_RETURNEE 42 SY02 SY0200 20 22 9 aleppo-officer");
		assertThat(jdbc.sql("select count(*) from return_record").query(Long.class).single()).isOne();
		JsonNode figures = briefing();
		assertThat(figures.at("/returns/idpReturnees").asLong()).isEqualTo(42);
		assertThat(figures.at("/returns/totalByGovernorate/SY02").asLong()).isEqualTo(42);
	}

	private void assertFacilityEventRecordedOnce(String instance) {
		assertThat(jdbc.sql("""
				select e.version || ' ' || e.facility_code || ' ' || e.status || ' ' || e.status_on || ' ' || e.recorded_by
				       || ' ' || f.type_code || ' ' || f.settlement_code || ' ' || f.name
				  from facility_event e join facility f on f.source_code = e.source_code and f.facility_code = e.facility_code
				 where e.event_id = ?
				""").param(instance).query(String.class).list())
			.containsExactly("1 ALP-BAK-7 IN_OPERATION 2018-10-18 facility-officer bakery SY0200 Bakery by the market");
		assertThat(jdbc.sql("select count(*) from facility_event").query(Long.class).single()).isOne();
		assertThat(briefing().at("/reconstruction/putIntoOperationInPeriod/bakery").asLong()).isEqualTo(1);
	}

	private void assertHouseholdRegisteredOnce(String household) {
		assertThat(jdbc.sql("""
				select r.registration_id || ' ' || r.version || ' ' || r.relationship || ' ' || r.sex || ' ' || r.category
				       || ' ' || r.returned_on || ' ' || r.registered_on || ' ' || r.adm1_code || ' ' || r.adm2_code || ' '
				       || r.recorded_by
				  from registration r where r.household_id = ? order by r.registration_id
				""").param(household).query(String.class).list()).containsExactly(
				household + "/1 1 HEAD M IDP_RETURNEE 2018-10-14 2018-10-15 SY02 SY0200 household-officer",
				household + "/2 1 CHILD F IDP_RETURNEE 2018-10-14 2018-10-15 SY02 SY0200 household-officer");
		assertThat(jdbc.sql("select count(*) from registration").query(Long.class).single()).isEqualTo(2);
		// the names as the officer typed them, read back as the staff of the area read a person
		assertThat(List.of(names(household + "/1"), names(household + "/2"))).containsExactly(
				"Khaled Omar Halabi 1980", "مريم  الحلبي 2010-03");
	}

	/** A registration's names as the person's page shows them: given, father, family, birth. */
	private String names(String registration) {
		String person = jdbc.sql("select person_id from registration_person where registration_id = ?")
			.param(registration).query(String.class).single();
		JsonNode names = JSON.readTree(RestClient.create().get()
			.uri("http://localhost:" + port + "/api/v1/registrations/people/" + person)
			.headers(headers -> headers.setBasicAuth("admin", "admin-test-password")).retrieve().body(String.class))
			.at("/registrations/0/names");
		return String.join(" ", names.path("given").asString(""), names.path("father").asString(""),
				names.path("family").asString(""), names.path("birth").asString(""));
	}

	private JsonNode briefing() {
		return JSON.readTree(RestClient.create().get()
			.uri("http://localhost:" + port + "/api/v1/briefings?asOf=2018-10-22").retrieve().body(String.class));
	}

	/** The page's questions outside any repeat, and those of the repeats. */
	private static WebElement page() {
		return browser.findElement(By.cssSelector(".odk-form"));
	}

	/** The n-th member of the household, as its panel of the repeat shows it. */
	private static WebElement member(int n) {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
			List<WebElement> members = driver.findElements(By.cssSelector(".odk-form .is-repeat"));
			return members.size() >= n ? members.get(n - 1) : null;
		});
	}

	/** The question whose label reads so, within a part of the page. */
	private static WebElement question(WebElement within, String label) {
		return within.findElement(By.xpath(".//div[contains(@class,'question-container')][.//label[normalize-space()="
				+ literal(label) + "]]"));
	}

	private static void type(WebElement within, String label, String text) {
		question(within, label).findElement(By.tagName("input")).sendKeys(text);
	}

	/** Types a day as a browser's date picker takes it, month first, and closes the picker. */
	private static void day(WebElement within, String label, String day) {
		WebElement input = question(within, label).findElement(By.tagName("input"));
		input.click();
		input.sendKeys(day, Keys.ESCAPE);
	}

	/** Picks a choice of a question, once the form offers it (a district only after its governorate). */
	private static void choose(WebElement within, String label, String choice) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> question(within, label)
			.findElements(By.xpath(".//label[contains(@class,'value-option')][normalize-space()=" + literal(choice) + "]"))
			.stream().findFirst().orElse(null)).click();
	}

	/** A text as an XPath string literal, also when it holds an apostrophe. */
	private static String literal(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}

	/** The page's account of the answer, once it has sent so many times. */
	private static WebElement sent(int times) {
		WebElement outcome = browser.findElement(By.id("outcome"));
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(driver -> Integer.toString(times).equals(outcome.getAttribute("data-sent")));
		return outcome;
	}

	static void screenshot(String name) throws IOException {
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}
}
