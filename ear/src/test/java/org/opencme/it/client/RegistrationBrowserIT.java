package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A new clinician creates an account on the web: two licences kept after adding
 * three and removing the middle one, then signs in and lands on their
 * dashboard.
 */
class RegistrationBrowserIT extends BrowserTest {

	private static final String PASSWORD = "Correct-horse-battery-7";

	@Test
	void aNewClinicianRegistersWithTwoLicencesAndSignsIn() {
		String email = "reg." + TestNames.letters(10) + "@example.org";
		browser.manage().deleteAllCookies();
		browser.get(Http.BASE + "/index.xhtml");
		browser.findElement(By.id("registerLink")).click();
		Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("pageTitle"), "Create a learner account"));

		Browser.type(browser, "register:email", email);
		Browser.type(browser, "register:password", PASSWORD);
		Browser.type(browser, "register:givenName", "Rosa");
		Browser.type(browser, "register:familyName", "Quintero");
		browser.findElement(By.id("register:profession")).click();
		Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(
				By.cssSelector("[id='register:profession_items'] li[data-label='Physician (MD)']")));
		// Every profession a package can target, in people's words.
		List<String> offered = browser.findElements(By.cssSelector("[id='register:profession_items'] li")).stream()
				.map(li -> li.getAttribute("data-label")).toList();
		assertEquals(
				List.of("Choose…", "Physician (MD)", "Physician (DO)", "Nurse practitioner", "Physician assistant",
						"Registered nurse", "Pharmacist", "Pharmacy technician", "Other healthcare professional"),
				offered);
		browser.findElement(By.cssSelector("[id='register:profession_items'] li[data-label='Physician (MD)']")).click();
		Browser.type(browser, "register:licenceRows:0:state", "NY");
		Browser.type(browser, "register:licenceRows:0:number", "NY-1001");

		Browser.clickAndWait(browser, "register:addLicence");
		Browser.type(browser, "register:licenceRows:1:state", "TX");
		Browser.type(browser, "register:licenceRows:1:number", "TX-2002");
		Browser.clickAndWait(browser, "register:addLicence");
		Browser.type(browser, "register:licenceRows:2:state", "CA");
		Browser.type(browser, "register:licenceRows:2:number", "CA-3003");

		// Removing the middle line keeps the others and everything typed above.
		Browser.clickAndWait(browser, "register:licenceRows:1:removeLicence");
		assertEquals("CA-3003", browser.findElement(By.id("register:licenceRows:1:number")).getAttribute("value"));
		assertEquals(0, browser.findElements(By.id("register:licenceRows:2:number")).size());
		assertEquals(email, browser.findElement(By.id("register:email")).getAttribute("value"));
		assertEquals("Rosa", browser.findElement(By.id("register:givenName")).getAttribute("value"));

		Browser.clickAndWait(browser, "register:submit");
		Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("register:toSignIn")));
		Browser.screenshot(browser, "registration-done");

		Browser.signIn(browser, email, PASSWORD);
		Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("pageTitle"), "My activities"));
		assertEquals("Learner", browser.findElement(By.id("userRole")).getText());

		HttpResponse<String> me = Http.send("GET", "/api/me", Http.basic(email, PASSWORD), null);
		assertEquals(200, me.statusCode(), me.body());
		JsonObject account = Http.json(me);
		assertEquals("MD", account.getString("profession"));
		List<String> licences = account.getJsonArray("licences").getValuesAs(JsonObject.class).stream()
				.map(l -> l.getString("state") + " " + l.getString("number")).sorted().toList();
		assertEquals(List.of("CA CA-3003", "NY NY-1001"), licences);
	}
}
