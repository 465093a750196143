package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.PackageWriter;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What a designer and a reviewer do in the browser: a new designer creates an
 * activity with a content module and a quiz, sees the live preview sanitised,
 * submits it; a new administrator approves it; and it appears in the catalog
 * search.
 */
class AuthoringBrowserIT extends BrowserTest {

	@Test
	void designerBuildsSubmitsAdminApprovesAndItIsSearchable() {
		try {
			designerBuildsSubmitsAdminApproves();
		} catch (RuntimeException | AssertionError e) {
			Browser.screenshot(browser, "authoring-failed");
			throw e;
		}
	}

	@Test
	void aBrokenPackageUploadListsEveryProblemAndStoresNothing() throws IOException {
		Path zip = Files.createTempFile("broken-package", ".zip");
		byte[] good = new PackageWriter()
				.write(Packages.demo("sepsis-hour-1-bundle", "Broken upload " + System.nanoTime()));
		Files.write(zip, AuthoringWorkflowIT.rewriteManifest(good, m -> m.replace("\"CONTENT\"", "\"HOLOGRAM\""),
				"../../etc/passwd"));
		Accounts.Account designer = Accounts.designer();
		try {
			Browser.signIn(browser, designer.email(), Accounts.PASSWORD);
			Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("pageTitle"), "My drafts"));
			int drafts = browser.findElements(By.cssSelector("#draftsSection tbody tr")).size();
			browser.findElement(By.cssSelector("#import input[type=file]")).sendKeys(zip.toString());
			Browser.waiting(browser)
					.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#importProblems li")));
			assertTrue(browser.findElement(By.id("import:importMessages")).getText().contains("Nothing was stored"),
					browser.findElement(By.id("import:importMessages")).getText());
			assertTrue(browser.findElements(By.cssSelector("#importProblems li")).size() > 1,
					"every problem is listed");
			assertEquals(drafts, browser.findElements(By.cssSelector("#draftsSection tbody tr")).size(),
					"no draft was added");
		} catch (RuntimeException | AssertionError e) {
			Browser.screenshot(browser, "broken-upload-failed");
			throw e;
		} finally {
			Files.deleteIfExists(zip);
		}
	}

	private void designerBuildsSubmitsAdminApproves() {
		String title = "Sepsis in the ED " + System.nanoTime();
		Accounts.Account designer = Accounts.designer();
		Accounts.Account admin = Accounts.admin();
		Browser.signIn(browser, designer.email(), Accounts.PASSWORD);
		Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("pageTitle"), "My drafts"));
		Browser.type(browser, "newDraft:title", title);
		browser.findElement(By.id("newDraft:create")).click();
		Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("statusValue"), "Draft"));

		fillDetails();
		tab("facultyTab");
		Browser.clickAndWait(browser, "editor:tabs:addFaculty");
		Browser.type(browser, "editor:tabs:faculty:0:facName", "Ana Ortega, MD");
		Browser.type(browser, "editor:tabs:faculty:0:facRole", "Author");
		Browser.type(browser, "editor:tabs:faculty:0:facDisclosure", "No relevant financial relationships.");
		Browser.type(browser, "editor:tabs:faculty:0:facDate_input", LocalDate.now().minusDays(10).toString());

		tab("creditsTab");
		Browser.clickAndWait(browser, "editor:tabs:addCredit");
		new Select(Browser.waiting(browser)
				.until(ExpectedConditions.elementToBeClickable(By.id("editor:tabs:credits:0:creditType"))))
				.selectByValue("AMA_PRA_1");
		Browser.type(browser, "editor:tabs:credits:0:creditAmount_input", "1");

		tab("modulesTab");
		Browser.clickAndWait(browser, "editor:tabs:addModule");
		Browser.type(browser, "editor:tabs:moduleTitle", "Recognising sepsis");
		Browser.type(browser, "editor:tabs:markdown",
				"# Sepsis basics\n\nRecognise **sepsis** early.\n\n<script>alert('x')</script><img src=x onerror=alert(1)>");
		Browser.waiting(browser).until(ExpectedConditions
				.textToBePresentInElementLocated(By.id("editor:tabs:livePreview"), "Recognise sepsis early."));
		String preview = browser.findElement(By.id("editor:tabs:livePreview")).getAttribute("innerHTML");
		assertTrue(preview.contains("<strong>sepsis</strong>"), preview);
		assertFalse(preview.contains("<script") || preview.contains("onerror"), "the preview is sanitised: " + preview);

		Select newKind = new Select(
				Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("editor:tabs:newKind"))));
		newKind.selectByValue("QUIZ");
		assertEquals("Quiz", newKind.getFirstSelectedOption().getText(), "module kinds are offered in words");
		Browser.clickAndWait(browser, "editor:tabs:addModule");
		assertTrue(browser.findElement(By.id("moduleEditorHeading")).getText().startsWith("Quiz: "),
				browser.findElement(By.id("moduleEditorHeading")).getText());
		Browser.type(browser, "editor:tabs:moduleTitle", "Post-test");
		Browser.clickAndWait(browser, "editor:tabs:addQuestion");
		Browser.type(browser, "editor:tabs:questions:0:qText", "Which lactate level calls for repeat measurement?");
		Browser.type(browser, "editor:tabs:questions:0:qRationale",
				"A lactate above 2 mmol/L is repeated within 2-4 hours.");
		Browser.type(browser, "editor:tabs:questions:0:options:0:oText", "Above 2 mmol/L");
		Browser.type(browser, "editor:tabs:questions:0:options:1:oText", "Only above 8 mmol/L");

		tab("completionTab");
		for (WebElement box : browser.findElements(By.name("editor:tabs:requiredModules"))) {
			if (!box.isSelected()) {
				box.click();
			}
		}
		Browser.type(browser, "editor:tabs:postTest_input", "70");
		Browser.screenshot(browser, "authoring-1-editor");

		Browser.clickAndWait(browser, "editor:save");
		Browser.waiting(browser)
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), "Saved."));
		tab("reviewTab");
		List<WebElement> problems = browser.findElements(By.cssSelector("#problemList li"));
		assertEquals(List.of(), problems.stream().map(WebElement::getText).toList(), "nothing is missing");
		Browser.clickAndWait(browser, "editor:submit");
		Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("statusValue"), "In review"));

		Browser.signIn(browser, admin.email(), Accounts.PASSWORD);
		Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("pageTitle"), "Users"));
		browser.get(Http.BASE + "/designer/review.xhtml");
		WebElement approve = Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(
				By.xpath("//tr[.//a[normalize-space(text())='" + title + "']]//button[contains(@id,'approve')]")));
		Browser.screenshot(browser, "authoring-2-review-queue");
		approve.click();
		Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:messages"),
				"is published as version 1"));

		browser.get(Http.BASE + "/catalog/search.xhtml?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
		Browser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.linkText(title)));
		Browser.screenshot(browser, "authoring-3-search");
	}

	private void fillDetails() {
		Browser.type(browser, "editor:tabs:summary", "Screening, lactate and antibiotics within the first hour.");
		Browser.type(browser, "editor:tabs:objectives", "Recognise sepsis early\nStart the hour-1 bundle");
		browser.findElement(By.cssSelector("input[name='editor:tabs:audience'][value='MD']")).click();
		WebElement topic = browser.findElement(By.id("editor:tabs:topics_input"));
		topic.sendKeys("sepsis", Keys.ENTER);
		Browser.type(browser, "editor:tabs:minutes_input", "30");
		// Today as the provider counts days: between midnight UTC and midnight in New
		// York the UTC
		// date would be a release date still to come.
		LocalDate today = LocalDate.now(Http.PROVIDER_ZONE);
		Browser.type(browser, "editor:tabs:release_input", today.toString());
		Browser.type(browser, "editor:tabs:expiry_input", today.plusYears(1).toString());
		Browser.type(browser, "editor:tabs:accreditation",
				"The OpenCME Demo Institute is accredited by the ACCME to provide continuing medical education.");
	}

	private void tab(String tabId) {
		browser.findElement(By.cssSelector("a[href='#editor:tabs:" + tabId + "']")).click();
		Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:tabs:" + tabId)));
	}
}
