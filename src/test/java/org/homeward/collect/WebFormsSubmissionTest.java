package org.homeward.collect;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
 * reads the form list and the form as a data officer of Aleppo, is filled in as that officer would, and sends the
 * count to {@code /openrosa/submission}; the count is recorded once, and sent again it changes nothing.
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
	private static Path profile;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		profile = Files.createTempDirectory("homeward-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("homeward.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=1000,1400", "--lang=en");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("homeward.chromedriver", "/usr/bin/chromedriver")))
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	void anOfficerFillsTheReturnsFormInWebFormsAndTheCountIsRecordedOnceAndNotAgainWhenResent() throws Exception {
		TestUsers.insert(jdbc, "aleppo-officer", PASSWORD, "DATA_OFFICER", "SY02", null);
		try (FieldOffice office = FieldOffice.beside(URI.create("http://localhost:" + port))) {
			browser.get(office.page() + "#server=/openrosa&form=homeward_returns&user=aleppo-officer&password=" + PASSWORD);
			new WebDriverWait(browser, Duration.ofSeconds(60))
				.until(driver -> !driver.findElements(By.cssSelector(".odk-form .question-container")).isEmpty());

			// the count of Monday the 19th at Jebel Saman, typed as the officer would
			WebElement day = question("Day counted").findElement(By.tagName("input"));
			day.click();
			day.sendKeys("10/19/2018", Keys.ESCAPE);
			choose("Who came home", "Displaced inside the country");
			question("Persons").findElement(By.tagName("input")).sendKeys("42");
			choose("Governorate they came home to", "Aleppo");
			choose("District (if known)", "Jebel Saman");
			question("Of them women and girls").findElement(By.tagName("input")).sendKeys("20");
			question("Of them men and boys").findElement(By.tagName("input")).sendKeys("22");
			question("Households").findElement(By.tagName("input")).sendKeys("9");
			screenshot("web-forms-returns-filled");
			browser.findElement(By.cssSelector(".odk-form button[aria-label=Send]")).click();

			WebElement outcome = sent(1);
			assertThat(outcome.getAttribute("data-status")).isEqualTo("201");
			assertThat(outcome.getText()).isEqualTo("Received: the count is recorded.");
			String instance = outcome.getAttribute("data-instance");
			assertThat(instance).startsWith("uuid:");
			assertRecordedOnce(instance);

			// the same submission again, as a phone does when it never heard the answer
			browser.findElement(By.id("send-again")).click();
			outcome = sent(2);
			assertThat(outcome.getAttribute("data-status")).isEqualTo("202");
			assertThat(outcome.getText()).isEqualTo("Already received: nothing changed.");
			assertRecordedOnce(instance);
		}
	}

	private void assertRecordedOnce(String instance) {
		assertThat(jdbc.sql("""
				select version || ' ' || returned_on || ' ' || category || ' ' || persons || ' ' || adm1_code || ' '
				       || adm2_code || ' ' || female || ' ' || male || ' ' || households || ' ' || recorded_by
				  from return_record where record_id = ?
				""").param(instance).query(String.class).list())
			.containsExactly("1 2018-10-19 IDP_RETURNEE 42 SY02 SY0200 20 22 9 aleppo-officer");
		assertThat(jdbc.sql("select count(*) from return_record").query(Long.class).single()).isOne();
		JsonNode figures = JSON.readTree(RestClient.create().get()
			.uri("http://localhost:" + port + "/api/v1/briefings?asOf=2018-10-22").retrieve().body(String.class));
		assertThat(figures.at("/returns/idpReturnees").asLong()).isEqualTo(42);
		assertThat(figures.at("/returns/totalByGovernorate/SY02").asLong()).isEqualTo(42);
	}

	/** The question whose label reads so. */
	private static WebElement question(String label) {
		return browser.findElement(By.xpath("//div[contains(@class,'question-container')][.//label[normalize-space()='"
				+ label + "']]"));
	}

	/** Picks a choice of a question, once the form offers it (a district only after its governorate). */
	private static void choose(String label, String choice) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> question(label)
			.findElements(By.xpath(".//label[contains(@class,'value-option')][normalize-space()='" + choice + "']"))
			.stream().findFirst().orElse(null)).click();
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
