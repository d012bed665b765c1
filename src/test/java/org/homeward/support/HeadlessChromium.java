package org.homeward.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser the browser tests drive: chromium without a screen, in a profile of its own that nothing outside
 * reaches (no network of its own, no updates, no sync), removed when it closes. The binaries are the system's,
 * or those {@code homeward.chromium} and {@code homeward.chromedriver} name.
 */
public final class HeadlessChromium implements AutoCloseable {

	private final WebDriver driver;
	private final Path profile;

	private HeadlessChromium(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Starts a browser with a window of this size, in English unless a page asks otherwise. */
	public static HeadlessChromium start(int width, int height) throws IOException {
		Path profile = Files.createTempDirectory("homeward-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("homeward.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("homeward.chromedriver", "/usr/bin/chromedriver")))
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return new HeadlessChromium(driver, profile);
	}

	public WebDriver driver() {
		return driver;
	}

	@Override
	public void close() throws IOException {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}
}
