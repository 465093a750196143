package org.opencme.it.client;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, and the steps every browser
 * test repeats.
 */
final class Browser {

	private Browser() {
	}

	/**
	 * Starts Chromium; without it installed the test is skipped locally, but never
	 * on CI.
	 */
	static WebDriver start() throws IOException {
		File driver = new File("/usr/bin/chromedriver");
		boolean required = System.getenv("CI") != null || Boolean.getBoolean("browser.required");
		if (!required) {
			Assumptions.assumeTrue(driver.canExecute(),
					"Chromium is not installed: apt-get install chromium chromium-driver");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
		return new ChromeDriver(service, options);
	}

	static WebDriverWait waiting(WebDriver browser) {
		return new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	static void signIn(WebDriver browser, String email, String password) {
		browser.manage().deleteAllCookies();
		browser.get(Http.BASE + "/login.xhtml");
		browser.findElement(By.id("login:email")).sendKeys(email);
		browser.findElement(By.id("login:password")).sendKeys(password);
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript("window.opencmeSigningIn = true;");
		browser.findElement(By.id("login:signIn")).click();
		// The form posts the whole page. Wait for its answer (a home page, or
		// the sign-in page again with the reason): a new document without the
		// mark, so that a following browser.get cannot be overtaken by it.
		// Scripts may fail while the page is being replaced.
		waiting(browser).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
				.executeScript("return window.opencmeSigningIn === undefined && document.readyState === 'complete';")));
	}

	static void type(WebDriver browser, String id, String text) {
		WebElement input = waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id(id)));
		input.clear();
		input.sendKeys(text);
	}

	/**
	 * Chooses {@code label} in the PrimeFaces select menu {@code id} as a person
	 * does (opens it, clicks the item) and waits until the menu shows it. After an
	 * AJAX update of the form the menu's overlay panel can briefly exist twice, the
	 * stale one detached; only a displayed item is clicked, and the choice is
	 * repeated until the menu shows it.
	 */
	static void choose(WebDriver browser, String id, String label) {
		By items = By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']");
		By shown = By.id(id + "_label");
		for (int attempt = 1;; attempt++) {
			if (browser.findElements(items).stream().noneMatch(WebElement::isDisplayed)) {
				waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
			}
			WebElement item = waiting(browser).until(
					d -> d.findElements(items).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
			item.click();
			try {
				new WebDriverWait(browser, Duration.ofSeconds(3)).until(ExpectedConditions.textToBe(shown, label));
				return;
			} catch (org.openqa.selenium.TimeoutException e) {
				if (attempt == 3) {
					throw e;
				}
			}
		}
	}

	/**
	 * Clicks a PrimeFaces AJAX button and waits until the AJAX request has
	 * finished.
	 */
	static void clickAndWait(WebDriver browser, String id) {
		waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
		waitForAjax(browser);
	}

	static void waitForAjax(WebDriver browser) {
		waiting(browser).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
				.executeScript("return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
						+ " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
	}

	/**
	 * Saves what the browser shows, under target/screenshots, for a person to look
	 * at after a run.
	 */
	static void screenshot(WebDriver browser, String name) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
			Files.writeString(dir.resolve(name + ".html"), browser.getPageSource());
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
