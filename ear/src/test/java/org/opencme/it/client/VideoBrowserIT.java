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
 * The video player in real Chromium: jumping ahead counts no watched seconds,
 * watching does, the learner resumes where they stopped, and watching half the
 * video completes the module.
 */
class VideoBrowserIT extends BrowserTest {

	private static final String VIDEO = "media/clip-40s.webm";
	private static final String MODULE = "watch-measurement";

	@Test
	void jumpAheadCountsNothingWatchingCountsAndThePlayerResumes() throws IOException {
		long activityId = Packages
				.publish(withVideo(Packages.demo("hypertension-2026-update", "Video heartbeat " + System.nanoTime())));
		JsonObject enrolled = Http.json(
				Http.send("POST", "/api/enrollments", RestSecurityIT.LEARNER, "{\"activityId\":" + activityId + "}"));
		long enrollmentId = enrolled.getJsonNumber("id").longValue();
		try {
			watch(enrollmentId);
		} catch (RuntimeException | AssertionError e) {
			Browser.screenshot(browser, "video-failed");
			throw e;
		}
	}

	private void watch(long enrollmentId) {
		Browser.signIn(browser, "learner@demo.opencme.org", "Learner-demo-2026");
		String player = Http.BASE + "/learner/enrollment.xhtml?id=" + enrollmentId + "&module=" + MODULE;
		browser.get(player);
		waitForMetadata();
		assertEquals(40, (int) Math.round(number("return document.getElementById('video').duration")));

		js("var v = document.getElementById('video'); v.muted = true; v.currentTime = 30; return v.play();");
		sleep(2);
		js("document.getElementById('video').pause();");
		JsonObject jumped = waitForModule(enrollmentId, m -> m.getInt("position") >= 30);
		assertTrue(jumped.getInt("secondsWatched") <= 3,
				"the 30 s jumped over count nothing, only the ~2 s played after: " + jumped);

		js("document.getElementById('video').currentTime = 0;");
		waitForModule(enrollmentId, m -> m.getInt("position") <= 1);
		js("return document.getElementById('video').play();");
		sleep(12);
		js("document.getElementById('video').pause();");
		JsonObject watched = waitForModule(enrollmentId, m -> m.getInt("position") >= 11);
		int seconds = watched.getInt("secondsWatched") - jumped.getInt("secondsWatched");
		assertTrue(seconds >= 9 && seconds <= 15, "about 12 s more watched: " + watched);
		assertFalse(watched.getBoolean("completed"), "half of 40 s is needed");

		browser.get(player);
		waitForMetadata();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Math
				.abs(number("return document.getElementById('video').currentTime") - watched.getInt("position")) <= 1);

		js("var v = document.getElementById('video'); v.muted = true; return v.play();");
		sleep(11);
		js("document.getElementById('video').pause();");
		JsonObject done = waitForModule(enrollmentId, m -> m.getBoolean("completed"));
		assertTrue(done.getInt("secondsWatched") >= 20, done.toString());
		browser.get(player);
		Browser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("player:overall")));
		Browser.screenshot(browser, "video-watched");
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
			modules.add(0, new VideoModuleSpec(MODULE, "Watch: measuring blood pressure", true, VIDEO, null, 50));
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
		JsonObject enrollment = Http
				.json(Http.send("GET", "/api/enrollments/" + enrollmentId, RestSecurityIT.LEARNER, null));
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

	private static void sleep(int seconds) {
		try {
			Thread.sleep(seconds * 1000L);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
