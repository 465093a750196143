package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A designer attaches a PDF to a document module in the editor, in Chromium: a
 * file that only claims to be a PDF is refused with a message and changes
 * nothing typed; a real one is attached, named in the module, and kept with the
 * saved draft.
 */
class EditorMediaBrowserIT extends BrowserTest {

	@Test
	void aRealPdfIsAttachedAndSavedAFakeOneIsRefusedAndNothingTypedIsLost() throws IOException {
		Path dir = Files.createTempDirectory("editor-media");
		Path fake = dir.resolve("handout-fake.pdf");
		Files.writeString(fake, "this is plain text, not a PDF\n".repeat(20), StandardCharsets.UTF_8);
		Path real = dir.resolve("handout.pdf");
		try (PDDocument pdf = new PDDocument()) {
			pdf.addPage(new PDPage());
			pdf.save(real.toFile());
		}
		try {
			Browser.signIn(browser, "designer@demo.opencme.org", "Designer-demo-2026");
			Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("pageTitle"), "My drafts"));
			Browser.type(browser, "newDraft:title", "Handout upload " + System.nanoTime());
			browser.findElement(By.id("newDraft:create")).click();
			Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("statusValue"), "Draft"));
			browser.findElement(By.cssSelector("a[href='#editor:tabs:modulesTab']")).click();
			new Select(Browser.waiting(browser)
					.until(ExpectedConditions.elementToBeClickable(By.id("editor:tabs:newKind"))))
					.selectByValue("DOCUMENT");
			Browser.clickAndWait(browser, "editor:tabs:addModule");
			Browser.type(browser, "editor:tabs:moduleTitle", "Sepsis handout");

			upload(fake);
			Browser.waiting(browser).until(
					ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), "handout-fake.pdf"));
			String refused = browser.findElement(By.id("editor:messages")).getText();
			assertTrue(refused.contains("is not a PDF") && !refused.contains("\" attached."), "refused: " + refused);
			assertEquals("none", browser.findElement(By.id("mediaName")).getText(), "nothing was attached");
			assertEquals("Sepsis handout", browser.findElement(By.id("editor:tabs:moduleTitle")).getAttribute("value"),
					"what was typed is kept");

			upload(real);
			Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"),
					"\"handout.pdf\" attached."));
			assertTrue(browser.findElement(By.id("mediaName")).getText().endsWith("handout.pdf"),
					browser.findElement(By.id("mediaName")).getText());
			Browser.screenshot(browser, "editor-media-attached");

			Browser.clickAndWait(browser, "editor:save");
			Browser.waiting(browser)
					.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), "Saved."));
			browser.navigate().refresh();
			browser.findElement(By.cssSelector("a[href='#editor:tabs:modulesTab']")).click();
			Browser.waiting(browser)
					.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[id$=':editModule']")))
					.click();
			Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("mediaName")));
			assertTrue(browser.findElement(By.id("mediaName")).getText().endsWith("handout.pdf"),
					"the saved draft keeps the file: " + browser.findElement(By.id("mediaName")).getText());
			assertEquals("Sepsis handout", browser.findElement(By.id("editor:tabs:moduleTitle")).getAttribute("value"));
		} catch (RuntimeException | AssertionError e) {
			Browser.screenshot(browser, "editor-media-failed");
			throw e;
		} finally {
			Files.deleteIfExists(fake);
			Files.deleteIfExists(real);
			Files.deleteIfExists(dir);
		}
	}

	private void upload(Path file) {
		browser.findElement(By.cssSelector("[id='editor:tabs:mediaUpload'] input[type=file]"))
				.sendKeys(file.toString());
	}
}
