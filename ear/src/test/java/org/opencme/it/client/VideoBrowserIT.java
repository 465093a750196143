package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.PackageFile;
import org.opencme.content.pkg.VideoModuleSpec;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The video player in real Chromium: a full viewing from 0:00 counts every
 * second and completes the module at the default 90 %; jumping ahead counts no
 * watched seconds, 12.5 s of playing count 12 s, and the learner resumes where
 * they stopped.
 */
class VideoBrowserIT extends BrowserTest {

	/**
	 * Accounts of this class's own, made for each run (each test makes its own
	 * records).
	 */
	private static Accounts.Account learner;

	@BeforeAll
	static void freshAccounts() {
		learner = Accounts.learner();
	}

	private static final String VIDEO = "media/clip-40s.webm";
	private static final String MODULE = "watch-measurement";

	@Test
	void aFullViewingCountsEverySecondAndCompletesTheModule() throws IOException {
		long enrollmentId = enrolledInANewActivity("Full viewing");
		try {
			Browser.signIn(browser, learner.email(), Accounts.PASSWORD);
			browser.get(player(enrollmentId));
			waitForMetadata();
			assertEquals(40, (int) Math.round(number("return document.getElementById('video').duration")));
			js("var v = document.getElementById('video'); v.muted = true; return v.play();");
			new WebDriverWait(browser, Duration.ofSeconds(60))
					.until(d -> Boolean.TRUE.equals(js("return document.getElementById('video').ended;")));
			JsonObject done = waitForModule(enrollmentId, m -> m.getBoolean("completed"));
			assertTrue(done.getInt("secondsWatched") >= 39 && done.getInt("secondsWatched") <= 41,
					"40 s of uninterrupted playing from 0:00 count 40 s: " + done);
			browser.get(player(enrollmentId));
			Browser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("player:overall")));
			Browser.screenshot(browser, "video-watched");
		} catch (RuntimeException | AssertionError e) {
			Browser.screenshot(browser, "video-full-failed");
			throw e;
		}
	}

	@Test
	void jumpAheadCountsNothingWatchingCountsAndThePlayerResumes() throws IOException {
		long enrollmentId = enrolledInANewActivity("Video heartbeat");
		try {
			watch(enrollmentId);
		} catch (RuntimeException | AssertionError e) {
			Browser.screenshot(browser, "video-failed");
			throw e;
		}
	}

	private long enrolledInANewActivity(String title) throws IOException {
		long activityId = Packages
				.publish(withVideo(Packages.demo("hypertension-2026-update", title + " " + System.nanoTime())));
		JsonObject enrolled = Http
				.json(Http.send("POST", "/api/enrollments", learner.basic(), "{\"activityId\":" + activityId + "}"));
		return enrolled.getJsonNumber("id").longValue();
	}

	private static String player(long enrollmentId) {
		return Http.BASE + "/learner/enrollment.xhtml?id=" + enrollmentId + "&module=" + MODULE;
	}

	private void watch(long enrollmentId) {
		Browser.signIn(browser, learner.email(), Accounts.PASSWORD);
		String player = player(enrollmentId);
		browser.get(player);
		waitForMetadata();

		js("var v = document.getElementById('video'); v.muted = true; v.currentTime = 30; return v.play();");
		sleepMillis(2000);
		js("document.getElementById('video').pause();");
		JsonObject jumped = waitForModule(enrollmentId, m -> m.getInt("position") >= 31);
		assertTrue(jumped.getInt("secondsWatched") <= 3,
				"the 30 s jumped over count nothing, only the ~2 s played after: " + jumped);

		js("document.getElementById('video').currentTime = 0;");
		waitForModule(enrollmentId, m -> m.getInt("position") <= 1);
		js("return document.getElementById('video').play();");
		sleepMillis(12_500);
		js("document.getElementById('video').pause();");
		JsonObject watched = waitForModule(enrollmentId, m -> m.getInt("position") >= 12);
		int seconds = watched.getInt("secondsWatched") - jumped.getInt("secondsWatched");
		assertTrue(seconds >= 11 && seconds <= 14, "12.5 s more played, about 12 s more counted: " + watched);
		assertFalse(watched.getBoolean("completed"), "90 % of 40 s is needed");

		browser.get(player);
		waitForMetadata();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Math
				.abs(number("return document.getElementById('video').currentTime") - watched.getInt("position")) <= 1);
	}

	private static ContentPackage withVideo(ContentPackage pkg) throws IOException {
		byte[] clip;
		try (InputStream in = VideoBrowserIT.class.getResourceAsStream("/fixtures/learning/clip-40s.webm")) {
			clip = in.readAllBytes();
		}
		List<PackageFile> files = new ArrayList<>(pkg.files());
		files.add(new PackageFile(VIDEO, clip));
		ContentPackage changed = Packages.withManifest(pkg, m -> {
			List<ModuleSpec> modules = new ArrayList<>(m.modules());
			modules.add(0, new VideoModuleSpec(MODULE, "Watch: measuring blood pressure", true, VIDEO, null, 90));
			return new org.opencme.content.pkg.ActivityManifest(m.activity(), m.completionCriteria(),
					m.certificateTemplate(), modules);
		});
		return new ContentPackage(changed.manifest(), files);
	}

	private JsonObject waitForModule(long enrollmentId, java.util.function.Predicate<JsonObject> condition) {
		JsonObject[] last = new JsonObject[1];
		try {
			new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
				last[0] = module(enrollmentId);
				return condition.test(last[0]);
			});
		} catch (org.openqa.selenium.TimeoutException e) {
			throw new AssertionError("the module never got there; last seen: " + last[0], e);
		}
		return last[0];
	}

	private static JsonObject module(long enrollmentId) {
		JsonObject enrollment = Http.json(Http.send("GET", "/api/enrollments/" + enrollmentId, learner.basic(), null));
		return enrollment.getJsonArray("modules").stream().map(JsonValue::asJsonObject)
				.filter(m -> MODULE.equals(m.getString("id"))).findFirst().orElseThrow();
	}

	private void waitForMetadata() {
		Browser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("video")));
		Browser.waiting(browser).until(d -> number("return document.getElementById('video').readyState") >= 1);
	}

	private Object js(String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}

	private double number(String script) {
		Object value = js(script);
		return value instanceof Number n ? n.doubleValue() : -1;
	}

	private static void sleepMillis(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
