package org.zhengtong.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives Debian's Chromium (headless) against the running application. One browser per
 * test class; a screenshot of every test, passed or failed, under
 * {@code target/browser-screenshots/}. Without Chromium the tests are skipped with one
 * line, except on CI ({@code CI=true}), where a missing browser fails the build.
 */
@IntegrationTest
@Tag("browser")
public abstract class BrowserTestSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	protected static WebDriver browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException(
					"CI=true but Chromium is missing: .ci/run installs chromium and chromium-driver");
		}
		Assumptions.assumeTrue(installed,
				"Browser tests skipped: install Debian's chromium and chromium-driver to run them");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterEach
	void screenshot(TestInfo test) throws IOException {
		if (browser == null) {
			return;
		}
		Path folder = Path.of(System.getProperty("zhengtong.test.screenshots", "target/browser-screenshots"));
		Files.createDirectories(folder);
		String method = test.getTestMethod().map((m) -> m.getName()).orElse("test");
		String display = test.getDisplayName().replaceAll("[^\\p{L}\\p{N}]+", "_");
		String name = test.getTestClass().map(Class::getSimpleName).orElse("test") + "-" + method
				+ (display.startsWith(method) ? "" : "-" + display) + ".png";
		byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		Files.write(folder.resolve(name), png);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	/**
	 * Keeps a screenshot of the page shown now, as
	 * {@code <folder>/<test class>-<name>.png}, beside the one taken after each test: for
	 * the pages on the way a reader of the build wants to see.
	 */
	protected void keepScreenshot(String name) throws IOException {
		Path folder = Path.of(System.getProperty("zhengtong.test.screenshots", "target/browser-screenshots"));
		Files.createDirectories(folder);
		byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		Files.write(folder.resolve(getClass().getSimpleName() + "-" + name + ".png"), png);
	}

	/** Opens a path of the application, such as {@code /en/}. */
	protected void open(String path) {
		browser.get("http://localhost:" + port + path);
		PageWords.check("page " + path, "text/html", browser.getPageSource());
	}

	/**
	 * Sets the size of the viewport (not the window), so 375 means a 375 px wide page.
	 */
	protected void viewport(int width, int height) {
		browser.manage().window().setSize(new Dimension(width, height));
		Object innerWidth = script("return window.innerWidth;");
		int chrome = width - ((Number) innerWidth).intValue();
		if (chrome != 0) {
			browser.manage().window().setSize(new Dimension(width + chrome, height));
		}
	}

	/**
	 * Signs in through the real login form, starting from no cookies, and waits until the
	 * browser has left the login page.
	 */
	protected void signIn(String username, String password) {
		browser.manage().deleteAllCookies();
		open("/login");
		browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
		browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
		submitAndWait(org.openqa.selenium.By.cssSelector("form.form button[type=submit]"));
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
			.until(org.openqa.selenium.support.ui.ExpectedConditions
				.not(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/login")));
	}

	/**
	 * Clicks a button once it can be clicked (retrying while the page settles) and waits
	 * until the page it was on is gone.
	 */
	protected void submitAndWait(org.openqa.selenium.By button) {
		org.openqa.selenium.WebElement page = browser.findElement(org.openqa.selenium.By.tagName("html"));
		var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30));
		for (int attempt = 1;; attempt++) {
			try {
				wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(button)).click();
				break;
			}
			catch (org.openqa.selenium.WebDriverException settling) {
				if (attempt == 3) {
					throw settling;
				}
			}
		}
		// Chromium may answer for the old page's node with "does not belong to the
		// document" instead of a stale reference: either way the old page is gone.
		wait.until((driver) -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				return true;
			}
		});
	}

	protected Object script(String javascript, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(javascript, arguments);
	}

	/**
	 * The axe-core build the tests run: 4.14.1, checked in under
	 * {@code src/test/resources/axe/} (MPL-2.0, its licence beside it) because Deque's
	 * Selenium artefact still bundles 4.11, which misses rules such as the label-in-name
	 * check newer versions apply.
	 */
	private static final String AXE_SCRIPT = readAxeScript();

	private static String readAxeScript() {
		try (var in = BrowserTestSupport.class.getResourceAsStream("/axe/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("src/test/resources/axe/axe.min.js is missing");
			}
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * An axe-core runner with the pinned 4.14.1 script; every test uses this, never a
	 * bare {@code AxeBuilder}.
	 */
	protected static com.deque.html.axecore.selenium.AxeBuilder axe() {
		return new com.deque.html.axecore.selenium.AxeBuilder()
			.setAxeScriptProvider(new com.deque.html.axecore.providers.StringAxeScriptProvider(AXE_SCRIPT));
	}

	/**
	 * Every WCAG 2.1 AA violation axe-core finds on the page shown, whatever its impact,
	 * each with where it is; empty when there are none.
	 */
	protected List<String> seriousProblems() {
		com.deque.html.axecore.results.Results results = axe()
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(browser);
		return results.getViolations()
			.stream()
			.map((rule) -> rule.getId() + " (" + rule.getImpact() + "): "
					+ rule.getNodes().stream().map((node) -> node.getTarget().toString()).toList())
			.toList();
	}

	/**
	 * Answers the captcha of an anonymous form (互动交流) through its text alternative, as a
	 * screen-reader user would: 问题：七加五等于几？ → 12.
	 */
	protected void answerCaptcha() {
		String question = browser.findElement(org.openqa.selenium.By.id("captcha-question")).getText();
		int sum = question.chars()
			.map("一二三四五六七八九"::indexOf)
			.filter((digit) -> digit >= 0)
			.map((digit) -> digit + 1)
			.sum();
		org.openqa.selenium.WebElement answer = browser.findElement(org.openqa.selenium.By.id("captcha-answer"));
		answer.clear();
		answer.sendKeys(String.valueOf(sum));
	}

}
