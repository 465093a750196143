package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What an administrator and a designer see: a bad synonym rule is explained
 * beside the field and what was typed stays; a good one is listed at once; a
 * rebuild shows its progress to the end. A designer schedules a webinar session
 * in another time zone, a mistake is explained with the input kept, and the
 * session is listed.
 */
class AdminAndScheduleBrowserIT extends BrowserTest {

	@Test
	void anAdministratorExtendsTheSynonymsAndRebuildsTheIndex() {
		Accounts.Account admin = Accounts.admin();
		try {
			Browser.signIn(browser, admin.email(), Accounts.PASSWORD);
			Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("navCatalogAdmin"))).click();
			Browser.waiting(browser)
					.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Search index and synonyms"));
			assertTrue(Long.parseLong(browser.findElement(By.id("documents")).getText()) >= 5);

			Browser.type(browser, "synonyms:rule", "stewardship");
			Browser.clickAndWait(browser, "synonyms:addRule");
			assertTrue(browser.findElement(By.id("synonyms:messages")).getText().contains("at least two terms"),
					browser.findElement(By.id("synonyms:messages")).getText());
			assertEquals("stewardship", browser.findElement(By.id("synonyms:rule")).getAttribute("value"),
					"what was typed stays");

			String alias = "abx" + TestNames.letters(5);
			Browser.type(browser, "synonyms:rule", alias + ", antimicrobial stewardship");
			Browser.clickAndWait(browser, "synonyms:addRule");
			assertTrue(browser.findElement(By.id("synonyms:rules")).getText().contains(alias));
			assertEquals("", browser.findElement(By.id("synonyms:rule")).getAttribute("value"));

			Browser.clickAndWait(browser, "index:rebuild");
			Browser.waiting(browser)
					.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rebuildState"), "finished"));
			Browser.waiting(browser).until(d -> "100%".equals(d.findElement(By.id("index:rebuildProgress"))
					.findElement(By.className("ui-progressbar-label")).getAttribute("textContent").trim()));
			Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("index:rebuild")));
			Browser.screenshot(browser, "admin-search-index");
		} catch (RuntimeException | AssertionError e) {
			Browser.screenshot(browser, "admin-failed");
			throw e;
		}
	}

	@Test
	void aDesignerSchedulesAWebinarSessionInAnotherTimeZone() {
		Accounts.Account designer = Accounts.designer();
		long id = Packages.publish(Packages.demo("implicit-bias-clinical-care", "Scheduling " + System.nanoTime()),
				designer);
		try {
			Browser.signIn(browser, designer.email(), Accounts.PASSWORD);
			Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("pageTitle"), "My drafts"));
			browser.get(Http.BASE + "/designer/activity.xhtml?id=" + id);
			Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("editor:sessionsLink")))
					.click();
			Browser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("schedule:add")));

			LocalDate day = LocalDate.now().plusDays(12);
			setZone("Asia/Tokyo");
			Browser.type(browser, "schedule:start_input", day + " 19:00");
			Browser.type(browser, "schedule:end_input", day + " 18:00");
			Browser.type(browser, "schedule:joinUrl", "https://webinar.example.org/tokyo");
			Browser.clickAndWait(browser, "schedule:add");
			assertTrue(browser.findElement(By.id("schedule:messages")).getText().contains("not scheduled"),
					browser.findElement(By.id("schedule:messages")).getText());
			assertTrue(browser.getPageSource().contains("The session must end after it starts."));
			assertEquals("https://webinar.example.org/tokyo",
					browser.findElement(By.id("schedule:joinUrl")).getAttribute("value"), "what was typed stays");

			Browser.type(browser, "schedule:end_input", day + " 20:30");
			Browser.clickAndWait(browser, "schedule:add");
			String table = browser.findElement(By.id("schedule:sessions")).getText();
			assertTrue(table.contains(day + " 19:00 JST"), table);
			assertTrue(table.contains("90"), table);
			Browser.screenshot(browser, "designer-sessions");
		} catch (RuntimeException | AssertionError e) {
			Browser.screenshot(browser, "schedule-failed");
			throw e;
		}
	}

	private void setZone(String zone) {
		((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("PF('widget_schedule_timeZone').selectValue(arguments[0]);", zone);
	}
}
