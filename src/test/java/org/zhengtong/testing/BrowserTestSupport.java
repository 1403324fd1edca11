package org.zhengtong.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
			axePreloadedIn = null;
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

	/** The rules every page is held to: WCAG 2.0 and 2.1, levels A and AA. */
	protected static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/**
	 * Every WCAG 2.1 AA violation axe-core finds on the page shown, whatever its impact,
	 * each with where it is; empty when there are none.
	 */
	protected List<String> seriousProblems() {
		return axeRun(WCAG_21_AA).problems();
	}

	/**
	 * Runs the pinned axe-core once on the page shown: every rule of the given tags and,
	 * in the same pass, the rules named besides (such as
	 * {@code color-contrast-enhanced}).
	 * <p>
	 * Fast and the same rules as {@link #axe()}: axe is injected only when the page does
	 * not have it yet, runs in the page itself (what axe calls legacy mode; these pages
	 * have no frames), and only the violations come back whole, so no blank window is
	 * opened to assemble results and no list of every passing node is serialised. A page
	 * with frames is analysed the slower way, through {@link #axe()}, frames included.
	 */
	protected AxeFindings axeRun(List<String> tags, String... moreRules) {
		if (Boolean.TRUE.equals(script("return document.querySelector('iframe, frame') !== null;"))) {
			return axeRunWithFrames(tags, moreRules);
		}
		if (!Boolean.TRUE.equals(script("return !!(window.axe && window.axe.run);"))) {
			script(AXE_SCRIPT);
			preloadAxe();
		}
		java.util.Map<String, Object> rules = new java.util.LinkedHashMap<>();
		for (String rule : moreRules) {
			rules.put(rule, java.util.Map.of("enabled", true));
		}
		// With no tags, only the rules named run.
		java.util.Map<String, Object> options = tags.isEmpty()
				? java.util.Map.of("runOnly", java.util.Map.of("type", "rule", "values", List.of(moreRules)),
						"resultTypes", List.of("violations"))
				: java.util.Map.of("runOnly", java.util.Map.of("type", "tag", "values", tags), "rules", rules,
						"resultTypes", List.of("violations"));
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
		Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, arguments[0]).then((results) => done({
				  violations: results.violations.map((rule) => ({ id: rule.id, impact: rule.impact, help: rule.help,
				    targets: rule.nodes.map((node) => node.target.join(' ')) })),
				  passes: results.passes.map((rule) => rule.id) }),
				  (error) => done({ error: String(error && error.stack || error) }));""", options);
		@SuppressWarnings("unchecked")
		java.util.Map<String, Object> found = (java.util.Map<String, Object>) answer;
		if (found.get("error") != null) {
			throw new IllegalStateException(
					"axe-core failed on " + browser.getCurrentUrl() + ": " + found.get("error"));
		}
		List<AxeProblem> violations = new ArrayList<>();
		for (Object each : (List<?>) found.get("violations")) {
			java.util.Map<?, ?> rule = (java.util.Map<?, ?>) each;
			violations.add(new AxeProblem((String) rule.get("id"), String.valueOf(rule.get("impact")),
					(String) rule.get("help"), ((List<?>) rule.get("targets")).stream().map(String::valueOf).toList()));
		}
		List<String> passes = ((List<?>) found.get("passes")).stream().map(String::valueOf).toList();
		return new AxeFindings(violations, new java.util.LinkedHashSet<>(passes));
	}

	/** The browser that loads axe-core into every new page by itself. */
	private static WebDriver axePreloadedIn;

	/**
	 * From the first analysis on, the browser evaluates axe-core in every new page before
	 * the page's own scripts (DevTools' {@code Page.addScriptToEvaluateOnNewDocument}),
	 * so its 650 KB do not cross the WebDriver connection again for each page: measured
	 * here, sending it took 2–5 s a page under load and running axe about 1 s. axe only
	 * defines {@code window.axe} until it is run.
	 */
	private static void preloadAxe() {
		if (axePreloadedIn == browser || !(browser instanceof ChromeDriver chromium)) {
			return;
		}
		chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", AXE_SCRIPT));
		axePreloadedIn = browser;
	}

	private AxeFindings axeRunWithFrames(List<String> tags, String... moreRules) {
		List<AxeProblem> violations = new ArrayList<>();
		java.util.Set<String> passes = new java.util.LinkedHashSet<>();
		List<com.deque.html.axecore.results.Results> runs = new ArrayList<>();
		if (!tags.isEmpty()) {
			runs.add(axe().withTags(tags).analyze(browser));
		}
		if (moreRules.length > 0) {
			runs.add(axe().withRules(List.of(moreRules)).analyze(browser));
		}
		for (com.deque.html.axecore.results.Results results : runs) {
			for (com.deque.html.axecore.results.Rule rule : results.getViolations()) {
				violations.add(new AxeProblem(rule.getId(), rule.getImpact(), rule.getHelp(),
						rule.getNodes().stream().map((node) -> node.getTarget().toString()).toList()));
			}
			results.getPasses().forEach((rule) -> passes.add(rule.getId()));
		}
		return new AxeFindings(violations, passes);
	}

	/** One rule axe-core found broken, and where. */
	protected record AxeProblem(String rule, String impact, String help, List<String> targets) {

		@Override
		public String toString() {
			return this.rule + " (" + this.impact + "): " + this.help + " " + this.targets;
		}

	}

	/**
	 * What one axe-core run found: the rules broken, and the ids of the rules that
	 * passed.
	 */
	protected record AxeFindings(List<AxeProblem> violations, java.util.Set<String> passes) {

		/** Every violation, one line each; empty when there are none. */
		public List<String> problems() {
			return this.violations.stream().map(AxeProblem::toString).toList();
		}

		/** The violations of the rules named, one line each. */
		public List<String> problems(String... rules) {
			List<String> wanted = List.of(rules);
			return this.violations.stream().filter((v) -> wanted.contains(v.rule())).map(AxeProblem::toString).toList();
		}

		/** Whether the rule ran: it passed or found something. */
		public boolean ran(String rule) {
			return this.passes.contains(rule) || this.violations.stream().anyMatch((v) -> v.rule().equals(rule));
		}

		/** The violations of every rule but those named, one line each. */
		public List<String> problemsBut(String... rules) {
			List<String> unwanted = List.of(rules);
			return this.violations.stream()
				.filter((v) -> !unwanted.contains(v.rule()))
				.map(AxeProblem::toString)
				.toList();
		}

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
