package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Sessions as people see them: a designer assigns a proctor beside the session
 * (a wrong e-mail is explained and stays typed); in the player a learner takes
 * the only seat and the next one joins the waitlist, on a 390 px phone; the
 * proctor finds the session on their home page with its registrant count.
 */
class SessionsBrowserIT extends BrowserTest {

	@Test
	void aDesignerAssignsAProctorLearnersRegisterAndTheProctorSeesTheSession() {
		Accounts.Account designer = Accounts.designer();
		Accounts.Account proctor = Accounts.proctor();
		String title = "Seats in the browser " + System.nanoTime();
		long activity = Packages.publish(Packages.withFee(Packages.demo("implicit-bias-clinical-care", title), 0),
				designer);
		LocalDate day = LocalDate.now().plusDays(9);
		HttpResponse<String> created = Http.send("POST", "/api/activities/" + activity + "/sessions", designer.basic(),
				"{\"moduleId\":\"live-webinar\",\"start\":\"" + day + "T14:00:00\",\"end\":\"" + day
						+ "T15:30:00\",\"timeZone\":\"America/Chicago\",\"capacity\":1}");
		assertEquals(201, created.statusCode(), created.body());
		Accounts.Account first = Accounts.learner();
		Accounts.Account second = Accounts.learner();
		long firstEnrollment = enrol(first, activity);
		long secondEnrollment = enrol(second, activity);
		try {
			Browser.signIn(browser, designer.email(), Accounts.PASSWORD);
			browser.get(Http.BASE + "/designer/sessions.xhtml?id=" + activity);
			Browser.waiting(browser)
					.until(ExpectedConditions.presenceOfElementLocated(By.id("schedule:sessions:0:assignProctor")));
			Browser.type(browser, "schedule:sessions:0:proctorEmail", first.email());
			Browser.clickAndWait(browser, "schedule:sessions:0:assignProctor");
			assertTrue(
					browser.findElement(By.id("schedule:messages")).getText()
							.contains("No proctor account has this e-mail address"),
					browser.findElement(By.id("schedule:messages")).getText());
			assertEquals(first.email(),
					browser.findElement(By.id("schedule:sessions:0:proctorEmail")).getAttribute("value"),
					"what was typed stays");
			Browser.type(browser, "schedule:sessions:0:proctorEmail", proctor.email());
			Browser.clickAndWait(browser, "schedule:sessions:0:assignProctor");
			assertTrue(browser.findElement(By.id("schedule:sessions")).getText().contains(proctor.email()),
					browser.findElement(By.id("schedule:sessions")).getText());
			A11y.check(browser, "designer's sessions page with a proctor");

			browser.manage().window().setSize(new Dimension(390, 844));
			Browser.signIn(browser, first.email(), Accounts.PASSWORD);
			openLiveModule(firstEnrollment);
			assertEquals("Register", browser.findElement(By.id("player:sessionRows:0:register")).getText());
			Browser.clickAndWait(browser, "player:sessionRows:0:register");
			String mine = browser.findElement(By.id("player")).getText();
			assertTrue(mine.contains("You are registered for this session."), mine);
			assertTrue(mine.contains("1 of 1 seats taken"), mine);
			assertEquals("Cancel my registration",
					browser.findElement(By.id("player:sessionRows:0:cancelRegistration")).getText());
			A11y.check(browser, "player's session list");
			JavascriptExecutor js = (JavascriptExecutor) browser;
			Number viewport = (Number) js.executeScript("return document.documentElement.clientWidth;");
			Number content = (Number) js.executeScript("return document.documentElement.scrollWidth;");
			assertTrue(content.intValue() <= viewport.intValue(),
					"no horizontal scroll at 390 px: content " + content + " > viewport " + viewport);
			Browser.screenshot(browser, "sessions-1-registered-phone");

			Browser.signIn(browser, second.email(), Accounts.PASSWORD);
			openLiveModule(secondEnrollment);
			assertEquals("Join the waitlist", browser.findElement(By.id("player:sessionRows:0:register")).getText());
			Browser.clickAndWait(browser, "player:sessionRows:0:register");
			String waiting = browser.findElement(By.id("player")).getText();
			assertTrue(waiting.contains("you are on the waitlist, place 1"), waiting);
			assertTrue(waiting.contains("On the waitlist, place 1"), waiting);
			assertEquals("Leave the waitlist",
					browser.findElement(By.id("player:sessionRows:0:cancelRegistration")).getText());

			browser.manage().window().setSize(new Dimension(1280, 1000));
			Browser.signIn(browser, proctor.email(), Accounts.PASSWORD);
			Browser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("proctorSessions")));
			String list = browser.findElement(By.id("proctorSessions")).getText();
			assertTrue(list.contains(title), list);
			assertTrue(list.contains("1 of 1"), list);
			A11y.check(browser, "proctor's home page");
			Browser.screenshot(browser, "sessions-2-proctor-home");
		} catch (RuntimeException | AssertionError e) {
			Browser.screenshot(browser, "sessions-failed");
			throw e;
		} finally {
			browser.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	private void openLiveModule(long enrollment) {
		browser.get(Http.BASE + "/learner/enrollment.xhtml?id=" + enrollment + "&module=live-webinar");
		Browser.waiting(browser)
				.until(ExpectedConditions.presenceOfElementLocated(By.id("player:sessionRows:0:register")));
	}

	private static long enrol(Accounts.Account learner, long activity) {
		HttpResponse<String> r = Http.send("POST", "/api/enrollments", learner.basic(),
				"{\"activityId\":" + activity + "}");
		assertEquals(201, r.statusCode(), r.body());
		return Http.json(r).getJsonNumber("id").longValue();
	}
}
