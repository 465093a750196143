package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.QuizModuleSpec;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A quiz answer chosen after the session has expired is not lost and never
 * shown as saved: the page says "Not saved — sign in again" at once, keeps the
 * choice, and sends it again after signing in, into the same attempt.
 */
class QuizSessionBrowserIT extends BrowserTest {

	private static final String PASSWORD = "a long passphrase";

	@Test
	void anAnswerChosenAfterTheSessionExpiredIsSavedAfterSigningInAgain() {
		ContentPackage pkg = Packages.demo("sepsis-hour-1-bundle", "Quiz session " + System.nanoTime());
		String quiz = pkg.manifest().modules().stream().filter(m -> m instanceof QuizModuleSpec).findFirst()
				.orElseThrow().key();
		long activityId = Packages.publish(pkg);
		String email = "quiz-session-" + System.nanoTime() + "@example.org";
		HttpResponse<String> account = Http.send("POST", "/api/accounts", null,
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
						+ "\",\"givenName\":\"Sam\",\"familyName\":\"Session\",\"profession\":\"MD\"}");
		assertEquals(201, account.statusCode(), account.body());
		String api = Http.basic(email, PASSWORD);
		long enrollmentId = Http.json(Http.send("POST", "/api/enrollments", api, "{\"activityId\":" + activityId + "}"))
				.getJsonNumber("id").longValue();
		try {
			Browser.signIn(browser, email, PASSWORD);
			browser.get(Http.BASE + "/learner/enrollment.xhtml?id=" + enrollmentId + "&module=" + quiz);
			Browser.clickAndWait(browser, "player:startQuiz");
			List<WebElement> questions = browser.findElements(By.cssSelector("fieldset[data-question]"));
			WebElement first = questions.get(0);
			WebElement second = questions.get(1);

			first.findElements(By.tagName("input")).get(0).click();
			Browser.waiting(browser).until(d -> stateOf(first).contains("Saved"));
			String firstKey = first.getAttribute("data-question");

			browser.manage().deleteAllCookies();
			WebElement chosen = second.findElements(By.tagName("input")).get(1);
			String chosenValue = chosen.getAttribute("value");
			String secondKey = second.getAttribute("data-question");
			chosen.click();
			Browser.waiting(browser).until(d -> stateOf(second).contains("Not saved"));
			assertTrue(browser.findElement(By.id("saveStatus")).getText().contains("Not saved — sign in again"));
			assertTrue(chosen.isSelected(), "the choice stays in the page");
			assertFalse(stateOf(second).contains("✓"), "never shown as saved");
			JsonObject attempt = openAttempt(api, enrollmentId, quiz);
			assertTrue(selected(attempt, secondKey).isEmpty(), "the server has no answer yet");
			assertEquals(1, selected(attempt, firstKey).size());

			browser.findElement(By.id("signInAgain")).click();
			Browser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("login:email")));
			browser.findElement(By.id("login:email")).sendKeys(email);
			browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
			browser.findElement(By.id("login:signIn")).click();
			Browser.waiting(browser).until(d -> {
				List<WebElement> again = d
						.findElements(By.cssSelector("fieldset[data-question=\"" + secondKey + "\"]"));
				return !again.isEmpty() && stateOf(again.get(0)).contains("Saved")
						&& !stateOf(again.get(0)).contains("Not");
			});
			JsonObject after = openAttempt(api, enrollmentId, quiz);
			assertEquals(attempt.getJsonNumber("id").longValue(), after.getJsonNumber("id").longValue(),
					"the same attempt");
			assertEquals(List.of(chosenValue), selected(after, secondKey), "sent again after signing in");
			assertTrue(browser
					.findElement(By.cssSelector(
							"fieldset[data-question=\"" + secondKey + "\"] input[value=\"" + chosenValue + "\"]"))
					.isSelected());
			Browser.screenshot(browser, "quiz-saved-after-sign-in");
		} catch (RuntimeException | AssertionError e) {
			Browser.screenshot(browser, "quiz-session-failed");
			throw e;
		}
	}

	private static String stateOf(WebElement fieldset) {
		return fieldset.findElement(By.className("save-state")).getText();
	}

	/** Starting again resumes the open attempt: it answers what the server has. */
	private static JsonObject openAttempt(String api, long enrollmentId, String quiz) {
		HttpResponse<String> r = Http.send("POST",
				"/api/enrollments/" + enrollmentId + "/modules/" + quiz + "/attempts", api, null);
		assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.body());
		return Http.json(r);
	}

	private static List<String> selected(JsonObject attempt, String question) {
		return attempt.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
				.filter(q -> q.getString("id").equals(question)).findFirst().orElseThrow().getJsonArray("selected")
				.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
	}
}
