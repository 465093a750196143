package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.ActivityFormat;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.ModuleKind;
import org.opencme.content.pkg.OptionSpec;
import org.opencme.content.pkg.QuestionSpec;
import org.opencme.content.pkg.QuizModuleSpec;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a learner sees: searches with a typo, enrols, reads a module and watches
 * the progress bar move, starts the quiz, leaves the page half-way, comes back
 * to find the answers kept, and passes. Each run has a new learner and its own
 * copy of the hypertension activity, named with a made-up word that the search
 * is given misspelt.
 */
class LearnerBrowserIT extends BrowserTest {

	@Test
	void searchEnrolReadQuizLeaveComeBackAndPass() throws InterruptedException {
		String word = "q" + TestNames.letters(7) + "x";
		String title = "Hypertension in primary care: " + word;
		ContentPackage pkg = Packages.demo("hypertension-2026-update", title);
		long id = Packages.publish(pkg);
		String typo = word.substring(0, 2) + word.substring(3);
		waitUntilSearchFinds(typo, id);
		Accounts.Account learner = Accounts.learner();
		try {
			learnerPath(learner, title, typo, pkg);
		} catch (RuntimeException | AssertionError e) {
			Browser.screenshot(browser, "learner-failed");
			throw e;
		}
	}

	private void learnerPath(Accounts.Account learner, String title, String typo, ContentPackage pkg) {
		Browser.signIn(browser, learner.email(), Accounts.PASSWORD);
		Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("pageTitle"), "My activities"));
		browser.get(Http.BASE + "/catalog/search.xhtml?q=" + typo);
		WebElement link = Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.linkText(title)));
		ActivityFormat format = pkg.manifest().activity().format();
		String results = browser.findElement(By.className("results")).getText();
		String formats = browser.findElement(By.id("catalog:formats")).getText();
		assertTrue(results.contains(format.label()) && !results.contains(format.name()),
				"the hit shows its format in words: " + results);
		assertTrue(formats.contains(format.label()) && !formats.contains(format.name()),
				"the format facet is in words: " + formats);
		link.click();
		Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("pageTitle"), title));
		assertEquals(format.label(), browser.findElement(By.id("activityFormat")).getText());
		String page = browser.findElement(By.tagName("main")).getText();
		for (ModuleKind kind : ModuleKind.values()) {
			assertFalse(page.contains("(" + kind.name()), "module kinds are shown in words: " + page);
		}
		assertTrue(page.contains("(" + ModuleKind.QUIZ.label()), page);
		assertTrue(browser.findElement(By.id("disclosures")).getText().contains("financial"),
				"disclosures are shown before the content");
		browser.findElement(By.id("enrol:enrolButton")).click();
		Browser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("player:overall")));
		String playerUrl = browser.getCurrentUrl().replaceAll("&module=[^&]*", "");
		int before = percent();

		Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("moduleHtml")));
		Browser.clickAndWait(browser, "player:markDone");
		Browser.waiting(browser).until(d -> percent() > before);
		Browser.screenshot(browser, "learner-1-player");

		QuizModuleSpec quiz = (QuizModuleSpec) pkg.manifest().modules().stream()
				.filter(m -> m instanceof QuizModuleSpec).findFirst().orElseThrow();
		Map<String, QuestionSpec> byText = quiz.questions().stream()
				.collect(Collectors.toMap(QuestionSpec::text, Function.identity()));
		openModule(quiz.title());
		Browser.clickAndWait(browser, "player:startQuiz");
		List<WebElement> questions = Browser.waiting(browser)
				.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("fieldset.question")));
		int half = questions.size() / 2;
		for (int i = 0; i < half; i++) {
			answer(i, byText);
		}
		browser.get(Http.BASE + "/learner/home.xhtml");
		Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("pageTitle"), "My activities"));

		browser.get(playerUrl);
		openModule(quiz.title());
		Browser.clickAndWait(browser, "player:startQuiz");
		Browser.waiting(browser)
				.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("fieldset.question")));
		for (int i = 0; i < half; i++) {
			WebElement fieldset = browser.findElements(By.cssSelector("fieldset.question")).get(i);
			assertTrue(fieldset.findElements(By.cssSelector("input:checked")).size() > 0,
					"answer " + (i + 1) + " was kept after leaving the page");
		}
		int total = browser.findElements(By.cssSelector("fieldset.question")).size();
		for (int i = half; i < total; i++) {
			answer(i, byText);
		}
		Browser.clickAndWait(browser, "player:submitQuiz");
		WebElement score = Browser.waiting(browser)
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("score")));
		assertTrue(score.getText().contains("passed") && !score.getText().contains("not passed"), score.getText());
		Browser.screenshot(browser, "learner-2-quiz-passed");

		browser.get(Http.BASE + "/learner/home.xhtml");
		WebElement bar = Browser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
				"//article[.//a[normalize-space(text())='" + title + "']]//div[contains(@class,'ui-progressbar')]")));
		assertTrue(percentOf(bar) > before, "the dashboard's progress bar moved: " + bar.getAttribute("textContent"));
		Browser.screenshot(browser, "learner-3-dashboard");
	}

	/** Waits (up to ten seconds) until the catalog search finds the activity. */
	private static void waitUntilSearchFinds(String text, long activityId) throws InterruptedException {
		for (int i = 0; i < 50; i++) {
			if (Http.send("GET", "/api/catalog?size=50&q=" + text, null, null).body()
					.contains("\"id\":" + activityId + ",")) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the catalog never found activity " + activityId + " by " + text);
	}

	private void openModule(String title) {
		WebElement link = Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(
				By.xpath("//nav[@aria-label='Modules']//a[contains(normalize-space(.), \"" + title + "\")]")));
		link.click();
		Browser.waitForAjax(browser);
		Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("moduleTitle"), title));
	}

	/**
	 * Chooses the correct option of the i-th question shown, found by the
	 * question's text.
	 */
	private void answer(int index, Map<String, QuestionSpec> byText) {
		WebElement fieldset = browser.findElements(By.cssSelector("fieldset.question")).get(index);
		String legend = fieldset.findElement(By.tagName("legend")).getText();
		String text = legend.substring(legend.indexOf(". ") + 2);
		QuestionSpec question = byText.get(text);
		for (OptionSpec option : question.options()) {
			if (option.correct()) {
				fieldset.findElement(By.cssSelector("input[value='" + option.key() + "']")).click();
				Browser.waitForAjax(browser);
				// Faces' own AJAX is not jQuery's: wait for the page to say the server has the
				// answer, as a
				// person would; a choice left unsaved makes the player resume the attempt on
				// its own later.
				Browser.waiting(browser)
						.until(d -> "✓ Saved".equals(fieldset.findElement(By.cssSelector(".save-state")).getText()));
			}
		}
	}

	private int percent() {
		return percentOf(browser.findElement(By.id("player:overall")));
	}

	/**
	 * The percentage a progress bar shows in its label ("40% complete"), read even
	 * where it is clipped.
	 */
	private static int percentOf(WebElement bar) {
		String label = bar.getAttribute("textContent").trim().replaceAll("[^0-9].*$", "");
		return label.isEmpty() ? 0 : Integer.parseInt(label);
	}
}
