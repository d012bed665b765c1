package org.homeward.e2e;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.homeward.support.HeadlessChromium;
import org.homeward.support.TestDatabaseConfiguration;
import org.homeward.support.TestSources;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journeys walked in a real browser (Debian's chromium, headless) against the running application: a
 * visitor, a data officer, a coordinator, an analyst, a partner and an administrator. Screenshots of the main
 * pages in English and Arabic go to target/screenshots; a failing journey leaves a screenshot of where it failed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "homeward.demo=true", "spring.datasource.url=jdbc:h2:mem:homeward-e2e;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
@Tag("browser")
@ExtendWith(BrowserJourneyTest.ScreenshotOnFailure.class)
class BrowserJourneyTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");
	private static final String PASSWORD = "journey-password-1";

	static WebDriver browser;
	private static HeadlessChromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		chromium = HeadlessChromium.start(1280, 1000);
		browser = chromium.driver();
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void usersOfEachRole() {
		browser.manage().deleteAllCookies();
		if (jdbc.sql("select count(*) from app_user where username = 'officer'").query(Long.class).single() > 0) {
			return;
		}
		TestSources.register(jdbc, "AGENCY");
		user("coordinator", "COORDINATOR", null, null);
		user("officer", "DATA_OFFICER", "SY02", null);
		user("analyst", "ANALYST", null, null);
		user("partner", "PARTNER", null, "AGENCY");
		user("root", "ADMIN", null, null);
	}

	@AfterEach
	void signOut() {
		browser.manage().deleteAllCookies();
	}

	@Test
	void aVisitorReadsThePublicBriefingAndIsRefusedEverythingElse() throws IOException {
		open("/");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Returns and reconstruction");
		assertThat(text()).contains("1,490,739").contains("249,527");
		assertThat(browser.findElements(By.cssSelector("section.map circle"))).hasSize(14);
		assertThat(browser.findElements(By.cssSelector("img.chart, .charts img"))).hasSizeGreaterThanOrEqualTo(4);
		screenshot("dashboard-en");
		leave(() -> browser.findElement(By.cssSelector("main a[href*='/briefings/issued/']")).click());
		assertThat(browser.getCurrentUrl()).matches(".*/briefings/issued/\\d+");
		assertThat(text()).contains("Briefing of");
		screenshot("issued-en");
		for (String closed : List.of("/returns", "/returns/new", "/facilities", "/situation", "/sources", "/admin/users",
				"/admin/audit")) {
			open(closed);
			assertThat(browser.getCurrentUrl()).as(closed).endsWith("/login");
		}
		screenshot("login-en");
	}

	@Test
	void aDataOfficerEntersAndCorrectsAReturnInTheirAreaAndIsRefusedAnother() throws IOException {
		signIn("officer");
		open("/returns/new");
		assertThat(text()).contains("Your area").contains("SY02");
		// a source of the test's own, so that the demo's figures stay those of the seed for the other journeys
		new Select(browser.findElement(By.name("source"))).selectByValue("AGENCY");
		browser.findElement(By.name("id")).sendKeys("E2E-1");
		day(browser.findElement(By.name("date")), "2018-10-20");
		new Select(browser.findElement(By.name("category"))).selectByValue("idp_returnee");
		browser.findElement(By.name("persons")).sendKeys("40");
		new Select(browser.findElement(By.name("adm1"))).selectByValue("SY02");
		new Select(browser.findElement(By.name("originAdm1"))).selectByValue("SY07");
		screenshot("return-new-en");
		submit("form.record");
		assertThat(browser.getCurrentUrl()).contains("/returns/AGENCY/E2E-1");
		assertThat(text()).contains("The record was saved.");

		WebElement persons = browser.findElement(By.cssSelector("form.record input[name=persons]"));
		persons.clear();
		persons.sendKeys("42");
		browser.findElement(By.cssSelector("form.record textarea[name=reason]")).sendKeys("Two more on the later bus");
		submit("form.record");
		assertThat(text()).contains("The correction was saved as a new version.");
		List<WebElement> versions = browser.findElements(By.cssSelector("table.versions tbody tr"));
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).getText()).contains("officer").contains("Two more on the later bus").contains("42");
		screenshot("return-record-en");

		open("/returns/new");
		new Select(browser.findElement(By.name("source"))).selectByValue("AGENCY");
		browser.findElement(By.name("id")).sendKeys("E2E-2");
		day(browser.findElement(By.name("date")), "2018-10-20");
		new Select(browser.findElement(By.name("category"))).selectByValue("idp_returnee");
		browser.findElement(By.name("persons")).sendKeys("3");
		new Select(browser.findElement(By.name("adm1"))).selectByValue("SY01");
		submit("form.record");
		assertThat(browser.findElement(By.id("problems")).getText()).contains("outside your area");
		assertThat(jdbc.sql("select count(*) from return_record where record_id = 'E2E-2'").query(Long.class).single())
			.isZero();

		String elsewhere = jdbc.sql("""
				select r.record_id from return_record r where r.source_code = 'JCHQ' and r.adm1_code = 'SY01'
				 order by r.id limit 1
				""").query(String.class).single();
		open("/returns/JCHQ/" + elsewhere);
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("403");
	}

	@Test
	void aCoordinatorIssuesABriefingAndDownloadsItsPdf() throws Exception {
		signIn("coordinator");
		open("/briefings?asOf=2018-10-15");
		screenshot("briefings-en");
		submit("form.issue");
		assertThat(browser.getCurrentUrl()).matches(".*/briefings/issued/\\d+");
		WebElement pdf = browser.findElements(By.tagName("a")).stream()
			.filter(link -> link.getText().equals("PDF") && link.getAttribute("href").contains("lang=en")).findFirst()
			.orElseThrow();
		HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create(pdf.getAttribute("href")))
			.header("Cookie", cookies()).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(download.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(download.body().length).isGreaterThan(20_000);
	}

	@Test
	void anAnalystComparesSourcesAndAPartnerReadsTheSituationButNeitherEntersRecords() throws IOException {
		signIn("analyst");
		open("/sources?asOf=2018-10-22&days=28");
		assertThat(browser.findElements(By.cssSelector("table.comparison th")).stream().map(WebElement::getText))
			.contains("JCHQ", "UNHCR");
		screenshot("sources-en");
		open("/returns");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("403");
		browser.manage().deleteAllCookies();

		signIn("partner");
		open("/situation?asOf=2018-10-22");
		assertThat(text()).contains("Rukban");
		screenshot("situation-en");
		open("/returns/new");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("403");
	}

	@Test
	void anAdministratorGivesAPartnerATokenShownOnceAndReadsTheAuditTrail() throws Exception {
		signIn("root");
		open("/admin/users");
		screenshot("admin-users-en");
		open("/admin/users/" + jdbc.sql("select id from app_user where username = 'partner'").query(Long.class).single());
		browser.findElement(By.cssSelector("form.controls input[name=name]")).sendKeys("nightly upload");
		submit("form.controls");
		String token = browser.findElement(By.id("new-token")).getText();
		assertThat(token).startsWith("hw_");
		HttpResponse<String> figures = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/returns/figures?asOf=2018-10-22"))
			.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(figures.statusCode()).isEqualTo(200);
		open("/admin/users/" + jdbc.sql("select id from app_user where username = 'partner'").query(Long.class).single());
		assertThat(text()).doesNotContain(token);
		// a phone for the partner: its key shown once, as the code ODK Collect scans
		browser.findElement(By.cssSelector("form.devices input[name=name]")).sendKeys("Nasib crossing phone");
		submit("form.devices");
		assertThat(browser.findElement(By.id("new-device-url")).getText())
			.matches("http://localhost:" + port + "/openrosa/key/hwd_[A-Za-z0-9_-]{43}");
		assertThat(browser.findElement(By.cssSelector(".device-code svg")).getSize().getWidth()).isEqualTo(264);
		screenshot("admin-device-en");
		open("/admin/audit?action=token");
		assertThat(browser.findElement(By.cssSelector("table.audit tbody")).getText()).contains("token.created")
			.contains("nightly upload");
		screenshot("admin-audit-en");
	}

	@Test
	void theArabicPagesRunRightToLeft() throws IOException {
		open("/?lang=ar");
		WebElement html = browser.findElement(By.tagName("html"));
		assertThat(html.getAttribute("dir")).isEqualTo("rtl");
		assertThat(html.getAttribute("lang")).isEqualTo("ar");
		// the brand stands at the right of the header, the language links to its left
		int width = browser.manage().window().getSize().getWidth();
		assertThat(browser.findElement(By.cssSelector(".bar .brand")).getRect().getX()).isGreaterThan(width / 2);
		assertThat(text()).contains("١٬٤٩٠٬٧٣٩");
		screenshot("dashboard-ar");
		open("/briefings");
		screenshot("briefings-ar");
		open("/login");
		screenshot("login-ar");
		signIn("officer");
		open("/returns/new");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		screenshot("return-new-ar");
		open("/returns?source=JCHQ");
		screenshot("returns-ar");
		browser.manage().deleteAllCookies();
		signIn("root");
		open("/admin/users?lang=ar");
		screenshot("admin-users-ar");
		open("/situation?asOf=2018-10-22");
		screenshot("situation-ar");
		open("/?lang=en");
	}

	private void signIn(String username) {
		open("/login");
		browser.findElement(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys(PASSWORD);
		submit("form.stacked");
		assertThat(browser.getCurrentUrl()).doesNotContain("/login");
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	/** Sends a form and waits until the browser has left the page it was on. */
	private static void submit(String form) {
		leave(() -> browser.findElement(By.cssSelector(form + " button[type=submit]")).click());
	}

	/**
	 * Does what leaves the page and waits until the next page has loaded. The page is marked on its window, which
	 * a new document does not carry: asking an element of the old document whether it is stale is answered by
	 * some chromium versions with an inspector error instead.
	 */
	private static void leave(Runnable action) {
		JavascriptExecutor script = (JavascriptExecutor) browser;
		script.executeScript("window.homewardLeftBehind = true");
		action.run();
		new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
			.until(driver -> Boolean.TRUE.equals(script.executeScript(
					"return window.homewardLeftBehind === undefined && document.readyState === 'complete'")));
	}

	private static String text() {
		return browser.findElement(By.tagName("body")).getText();
	}

	/** Fills a date input through its value, whatever order the browser's locale types a date in. */
	private static void day(WebElement input, String isoDay) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input,
				isoDay);
	}

	private static String cookies() {
		return String.join("; ", browser.manage().getCookies().stream().map(Cookie::toString)
			.map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
			.toList());
	}

	static void screenshot(String name) throws IOException {
		browser.manage().window().setSize(new Dimension(1280, 1000));
		File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private void user(String username, String role, String area, String source) {
		TestUsers.insert(jdbc, username, PASSWORD, role, area, source);
	}

	/** Leaves a screenshot of the page a failing journey stopped on. */
	static class ScreenshotOnFailure implements TestWatcher {

		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				try {
					screenshot("FAILED-" + context.getRequiredTestMethod().getName());
				}
				catch (IOException | RuntimeException e) {
					cause.addSuppressed(e);
				}
			}
		}
	}
}
