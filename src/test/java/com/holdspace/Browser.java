package com.holdspace;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver, so nothing is downloaded.
 * Where Chromium is missing the browser tests are skipped locally, but fail under CI.
 */
public final class Browser implements AutoCloseable {

	public static final String CHROMIUM = "/usr/bin/chromium";

	public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	public enum Screen {

		TABLET_LANDSCAPE(1024, 768, false), TABLET_PORTRAIT(768, 1024, false), PHONE(390, 844, true);

		final int width;

		final int height;

		final boolean mobile;

		Screen(int width, int height, boolean mobile) {
			this.width = width;
			this.height = height;
			this.mobile = mobile;
		}

	}

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path profile;

	private Browser(ChromeDriver driver, String baseUrl, Path profile) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.profile = profile;
	}

	public static Browser open(int port) throws IOException {
		boolean present = new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute();
		if (!present && System.getenv("CI") == null) {
			Assumptions.abort("Chromium is not installed here (apt-get install chromium chromium-driver)");
		}
		Path profile = Files.createTempDirectory("holdspace-chromium");
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-default-apps", "--disable-extensions", "--disable-quic", "--no-first-run",
				"--no-default-browser-check", "--lang=en-GB", "--user-data-dir=" + profile);
		var logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		var browser = new Browser(new ChromeDriver(service, options), "http://localhost:" + port, profile);
		browser.use(Screen.TABLET_LANDSCAPE);
		return browser;
	}

	/** Sets the viewport exactly, as the device would have it. */
	public void use(Screen screen) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width, "height",
				screen.height, "deviceScaleFactor", 1, "mobile", screen.mobile));
	}

	public void go(String path) {
		this.driver.get(this.baseUrl + path);
	}

	/** Signs in with the password and, for staff, the code their authenticator app shows. */
	public void signIn(String email, String password) {
		go("/login");
		type(By.id("username"), email);
		type(By.id("password"), password);
		find(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(driver -> driver.findElements(By.cssSelector(".signout .whoami")).size() > 0
					|| driver.getCurrentUrl().contains("/login/second-factor"));
		if (this.driver.getCurrentUrl().contains("/login/second-factor")) {
			type(By.id("code"), SecondFactorCodes.get().codeFor(email));
			find(By.cssSelector("form button.button-primary")).click();
		}
		waitFor(By.cssSelector(".signout .whoami"));
	}

	public WebElement find(By by) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public void waitFor(By by) {
		find(by);
	}

	public void type(By by, String text) {
		var field = find(by);
		field.clear();
		field.sendKeys(text);
	}

	/** Date inputs take their typed format from the locale; setting the ISO value is exact. */
	public void setDate(By by, String isoDate) {
		this.driver.executeScript("arguments[0].value = arguments[1]", find(by), isoDate);
	}

	/** Picks a radio button or ticks a box by its name and value, as a finger would. */
	public void choose(String name, String value) {
		var input = this.driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
		input.click();
	}

	public void waitUntil(java.util.function.Function<ChromeDriver, Boolean> condition) {
		// a part of the page redrawn while it is read is read again at the next try
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(driver -> condition.apply(this.driver));
	}

	public void scrollTo(By by) {
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", find(by));
	}

	/** Goes to a step of the session room (check-in, during, end, aftercare, record) as a finger on the step bar would. */
	public void step(String step) {
		WebElement link = find(By.cssSelector("[data-step-to='" + step + "']"));
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
		link.click();
		waitUntil(driver -> step.equals(driver.findElement(By.cssSelector("[data-step-default]")).getDomAttribute("data-step")));
	}

	/**
	 * Taps a free stretch of the calendar grid where the given start lies, as a finger would: the
	 * column is the one headed by a link to {@code columnHref}, and the point tapped is the middle of
	 * that start's row. Answers the stretch tapped.
	 */
	public WebElement tapFreeTime(String columnHref, String start) {
		WebElement stretch = (WebElement) this.driver.executeScript("""
				const head = [...document.querySelectorAll('.cal-day-head')]
				  .find(h => h.querySelector('a[href*="' + arguments[0] + '"]'));
				const column = [...head.classList].find(c => /^c-[0-9]+$/.test(c));
				const minutes = t => parseInt(t.slice(0, 2), 10) * 60 + parseInt(t.slice(3), 10);
				const at = minutes(arguments[1]);
				return [...document.querySelectorAll('.cal-free.' + column)]
				  .find(a => minutes(a.dataset.first) <= at && at <= minutes(a.dataset.last));
				""", columnHref, start);
		if (stretch == null) {
			throw new AssertionError("no free stretch at " + start + " in the column of " + columnHref);
		}
		Number y = (Number) this.driver.executeScript("""
				const a = arguments[0];
				const minutes = t => parseInt(t.slice(0, 2), 10) * 60 + parseInt(t.slice(3), 10);
				const first = minutes(a.dataset.first), step = parseInt(a.dataset.step, 10);
				const span = Math.max(minutes(a.dataset.last) + step - first, step);
				const box = a.getBoundingClientRect();
				const y = ((minutes(arguments[1]) - first) + step / 2) / span * box.height;
				window.scrollBy(0, box.top + y - window.innerHeight / 2);
				return y - a.getBoundingClientRect().height / 2;
				""", stretch, start);
		new org.openqa.selenium.interactions.Actions(this.driver).moveToElement(stretch, 0, y.intValue())
			.click()
			.perform();
		return stretch;
	}

	public void reload() {
		this.driver.navigate().refresh();
	}

	public String text(By by) {
		return find(by).getText();
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	public Path screenshot(String name) throws IOException {
		Path folder = Path.of(System.getProperty("holdspace.screenshots", "target/screenshots"));
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
		return file;
	}

	/**
	 * Elements that reach past the right edge of the viewport, which would make a tablet user scroll
	 * sideways; empty when the page fits.
	 */
	@SuppressWarnings("unchecked")
	public List<String> sidewaysOverflow() {
		return (List<String>) this.driver.executeScript("""
				const width = document.documentElement.clientWidth;
				if (document.documentElement.scrollWidth <= width) { return []; }
				return Array.from(document.querySelectorAll('body *'))
				  .filter(e => e.getBoundingClientRect().right > width + 0.5)
				  .map(e => e.tagName + '.' + e.className + ' right=' + Math.round(e.getBoundingClientRect().right)
				    + ' viewport=' + width);
				""");
	}

	/** Visible controls smaller than 44 CSS pixels in either direction, described for the failure message. */
	@SuppressWarnings("unchecked")
	public List<String> smallTouchTargets() {
		return (List<String>) this.driver.executeScript("""
				const selector = 'button, .button, select, textarea, .mainnav a, .choice, .client-row, .contacts a, '
				  + '.region[role=button], input:not([type=hidden]):not([type=radio]):not([type=checkbox])';
				return Array.from(document.querySelectorAll(selector))
				  .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
				  .filter(e => { const r = e.getBoundingClientRect(); return r.width < 44 || r.height < 44; })
				  .map(e => e.tagName + '.' + (e.getAttribute('class') || '') + ' "'
				    + (e.dataset.region || e.textContent || e.name || '').trim().slice(0, 30) + '" '
				    + Math.round(e.getBoundingClientRect().width) + 'x' + Math.round(e.getBoundingClientRect().height));
				""");
	}

	/**
	 * What of the given controls a person cannot see without scrolling: each one, visible on the
	 * page, that ends below or beside the first screen.
	 */
	@SuppressWarnings("unchecked")
	public List<String> belowTheFirstScreen(String selector) {
		return (List<String>) this.driver.executeScript("""
				window.scrollTo(0, 0);
				return Array.from(document.querySelectorAll(arguments[0]))
				  .filter(e => e.getClientRects().length > 0)
				  .filter(e => !e.closest('details:not([open])') || e.closest('summary'))
				  .filter(e => { const r = e.getBoundingClientRect(); return r.bottom > window.innerHeight || r.right > window.innerWidth; })
				  .map(e => (e.id || e.dataset.region || e.value || e.textContent.trim().slice(0, 30))
				    + ' ends at ' + Math.round(e.getBoundingClientRect().bottom) + ' of ' + window.innerHeight);
				""", selector);
	}

	/** How many lines the text of the element takes as shown (1 when it does not wrap). */
	public long textLines(By by) {
		return (Long) this.driver.executeScript("""
				const tops = new Set();
				const text = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT);
				while (text.nextNode()) {
				  const range = document.createRange();
				  range.selectNodeContents(text.currentNode);
				  Array.from(range.getClientRects()).filter(r => r.width > 0).forEach(r => tops.add(Math.round(r.top)));
				}
				return tops.size;
				""", find(by));
	}

	/** Messages the page logged, e.g. a script or style the Content-Security-Policy refused. */
	public List<String> consoleProblems() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
