package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person sees: each demo account (the ones the README names) signs in to
 * its own home page; a wrong password is explained. Apart from that test, the
 * accounts are new ones.
 */
class SignInBrowserIT extends BrowserTest {

	private WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	private void signIn(String email, String password) {
		Browser.signIn(browser, email, password);
	}

	@ParameterizedTest(name = "{0} lands on {2}")
	@CsvSource({"learner@demo.opencme.org, Learner-demo-2026, My activities, Learner",
			"proctor@demo.opencme.org, Proctor-demo-2026, My sessions, Proctor",
			"designer@demo.opencme.org, Designer-demo-2026, My drafts, Course designer",
			"admin@demo.opencme.org, Admin-demo-2026, Users, Administrator"})
	void eachDemoAccountSeesItsHomePage(String email, String password, String heading, String role) {
		signIn(email, password);
		waiting().until(ExpectedConditions.textToBe(By.id("pageTitle"), heading));
		assertEquals(role, browser.findElement(By.id("userRole")).getText());
		assertTrue(browser.findElement(By.id("userName")).getText().length() > 3);
		browser.findElement(By.id("signOutForm:signOut")).click();
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signedOutNote")));
	}

	@Test
	void aWrongPasswordIsExplainedAndTheEmailKept() {
		String email = Accounts.learner().email();
		signIn(email, "not-the-password");
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login:messages")));
		assertTrue(browser.findElement(By.id("login:messages")).getText()
				.contains("The e-mail address or password is not correct."));
		assertEquals(email, browser.findElement(By.id("login:email")).getAttribute("value"));
		assertEquals("Sign in", browser.findElement(By.id("pageTitle")).getText());
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndComeBackAfterwards() {
		String email = Accounts.learner().email();
		browser.manage().deleteAllCookies();
		browser.get(Http.BASE + "/me/profile.xhtml");
		waiting().until(ExpectedConditions.textToBe(By.id("pageTitle"), "Sign in"));
		browser.findElement(By.id("login:email")).sendKeys(email);
		browser.findElement(By.id("login:password")).sendKeys(Accounts.PASSWORD);
		browser.findElement(By.id("login:signIn")).click();
		waiting().until(ExpectedConditions.textToBe(By.id("pageTitle"), "Profile"));
	}

	@Test
	void aLearnerIsRefusedDesignerPages() {
		signIn(Accounts.learner().email(), Accounts.PASSWORD);
		waiting().until(ExpectedConditions.textToBe(By.id("pageTitle"), "My activities"));
		browser.get(Http.BASE + "/designer/home.xhtml");
		waiting().until(ExpectedConditions.textToBe(By.id("pageTitle"), "Not allowed"));
	}
}
