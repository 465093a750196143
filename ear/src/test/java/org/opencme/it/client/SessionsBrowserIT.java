package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
		long activity = LiveSessions.freeWebinar(title, designer);
		LocalDate day = LocalDate.now().plusDays(9);
		LiveSessions.schedule(designer, activity, day, "14:00", "15:30", "America/Chicago", 1);
		Accounts.Account first = Accounts.learner();
		Accounts.Account second = Accounts.learner();
		long firstEnrollment = LiveSessions.enrol(first, activity);
		long secondEnrollment = LiveSessions.enrol(second, activity);
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

	@Test
	void theProctorProjectsTheCodeAndALearnerChecksInWithIt() {
		Accounts.Account designer = Accounts.designer();
		Accounts.Account proctor = Accounts.proctor();
		String title = "Check-in in the browser " + System.nanoTime();
		long activity = LiveSessions.freeWebinar(title, designer);
		long session = LiveSessions.scheduleAt(designer, activity,
				java.time.Instant.now().plus(java.time.Duration.ofMinutes(5)), 60, null);
		assertEquals(200, Http.send("POST", "/api/sessions/" + session + "/proctors", designer.basic(),
				"{\"email\":\"" + proctor.email() + "\"}").statusCode());
		Accounts.Account learner = Accounts.learner();
		long enrollment = LiveSessions.enrol(learner, activity);
		assertEquals(200, LiveSessions.register(learner, session).statusCode());
		try {
			Browser.signIn(browser, proctor.email(), Accounts.PASSWORD);
			Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.linkText(title))).click();
			Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
			String shown = browser.findElement(By.id("code")).getText();
			assertTrue(shown.matches("[A-Z2-9]{3} [A-Z2-9]{3}"), shown);
			Browser.waiting(browser).until(
					ExpectedConditions.textMatches(By.id("countdown"), java.util.regex.Pattern.compile("\\d:\\d\\d")));
			assertTrue(browser.findElement(By.id("checkedIn")).getText().startsWith("0 of 1"));
			A11y.check(browser, "proctor's check-in page");
			Browser.screenshot(browser, "sessions-3-check-in-code");

			Browser.signIn(browser, learner.email(), Accounts.PASSWORD);
			browser.get(Http.BASE + "/learner/enrollment.xhtml?id=" + enrollment + "&module=live-webinar");
			Browser.type(browser, "player:sessionRows:0:code", "ZZZ 222");
			Browser.clickAndWait(browser, "player:sessionRows:0:checkIn");
			assertTrue(browser.findElement(By.id("player:messages")).getText().contains("not the code shown"),
					browser.findElement(By.id("player:messages")).getText());
			assertEquals("ZZZ 222", browser.findElement(By.id("player:sessionRows:0:code")).getAttribute("value"),
					"what was typed stays");
			String code = Http
					.json(Http.send("GET", "/api/sessions/" + session + "/check-in-code", proctor.basic(), null))
					.getString("code");
			Browser.type(browser, "player:sessionRows:0:code", code.toLowerCase());
			Browser.clickAndWait(browser, "player:sessionRows:0:checkIn");
			String player = browser.findElement(By.id("player")).getText();
			assertTrue(player.contains("You are checked in."), player);
			assertTrue(player.contains("Checked in at"), player);
			A11y.check(browser, "player after check-in");

			Browser.signIn(browser, proctor.email(), Accounts.PASSWORD);
			browser.get(Http.BASE + "/proctor/session.xhtml?id=" + session);
			Browser.waiting(browser).until(
					ExpectedConditions.textMatches(By.id("checkedIn"), java.util.regex.Pattern.compile("^1 of 1.*")));
			Browser.clickAndWait(browser, "roster:markCheckedIn");
			assertTrue(
					browser.findElement(By.id("roster:messages")).getText()
							.contains("1 checked-in learner(s) marked present"),
					browser.findElement(By.id("roster:messages")).getText());
			String roster = browser.findElement(By.id("roster:table")).getText();
			assertTrue(roster.contains("Present, 60 min"), roster);
			assertTrue(roster.contains("Check-in code"), roster);
			A11y.check(browser, "proctor's roster");
			Browser.clickAndWait(browser, "roster:signOff");
			Browser.waiting(browser)
					.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
			Browser.waitForAjax(browser);
			assertTrue(browser.findElement(By.id("roster:messages")).getText().contains("has not started"),
					"sign-off waits for the start: " + browser.findElement(By.id("roster:messages")).getText());
			Browser.screenshot(browser, "sessions-4-roster");
		} catch (RuntimeException | AssertionError e) {
			Browser.screenshot(browser, "check-in-failed");
			throw e;
		}
	}

	private void openLiveModule(long enrollment) {
		browser.get(Http.BASE + "/learner/enrollment.xhtml?id=" + enrollment + "&module=live-webinar");
		Browser.waiting(browser)
				.until(ExpectedConditions.presenceOfElementLocated(By.id("player:sessionRows:0:register")));
	}

}
