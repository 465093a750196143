package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.CompletionCriteriaSpec;
import org.opencme.content.pkg.ContentModuleSpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.CreditDesignationSpec;
import org.opencme.content.pkg.ModuleSpec;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Credit from end to end in the browser: the demo learner (MD, NPI and licence
 * on the profile) opens the demo's completed on-demand activity designated for
 * 1.5 AMA PRA Category 1 Credits™ from the player and the dashboard's "Claim
 * credit", is told while typing that 1.3 is off the 0.25 steps, is asked for
 * the missing birth month and day and the permission to report, claims 1.25,
 * sees the certificate number and downloads the PDF, finds the certificate on
 * My certificates and opens its verification page: valid. An administrator
 * revokes it on the certificates page; the verification page then says revoked,
 * and fits a 390 px phone.
 */
class CertificateBrowserIT extends BrowserTest {

	/** A valid NPI (the check digit of the CMS example). */
	static final String NPI = "1234567893";

	/** The demo learner: MD, NPI and a NY licence, no birthday given. */
	static final String DEMO_LEARNER = "learner@demo.opencme.org";
	static final String DEMO_PASSWORD = "Learner-demo-2026";

	/**
	 * The one test that acts as the demo learner (so that no other test depends on
	 * what it changes): first what the demo ships — a certificate, and the
	 * completed "Naloxone in Practice: Short Course" waiting for its claim, which
	 * will ask for the birthday — then the claim of 1.25 of its 1.5 AMA PRA
	 * Category 1 Credits™ in the browser.
	 */
	@Test
	void claimCertificateVerifyRevoke() {
		String title = "Naloxone in Practice: Short Course";
		String demo = Http.basic(DEMO_LEARNER, DEMO_PASSWORD);
		var shipped = Http.array(Http.send("GET", "/api/me/certificates", demo, null));
		assertTrue(shipped.stream().map(v -> v.asJsonObject())
				.anyMatch(c -> c.getString("activityTitle").equals("Opioid Safety: Quick Review")), shipped.toString());
		long enrollment = Http.array(Http.send("GET", "/api/me/enrollments", demo, null)).stream()
				.map(v -> v.asJsonObject()).filter(e -> e.getString("title").equals(title)).findFirst().orElseThrow()
				.getJsonNumber("id").longValue();
		var options = Http.json(Http.send("GET", "/api/enrollments/" + enrollment + "/claims", demo, null));
		assertTrue(options.getBoolean("completed"), options.toString());
		assertTrue(options.getJsonArray("missingDetails").toString().contains("birthday"),
				"the AMA claim will ask for the birthday: " + options);
		Accounts.Account learner = new Accounts.Account(0, DEMO_LEARNER, demo);
		try {
			String number = claim(learner, title, enrollment);
			String verifyUrl = myCertificates(number, title);
			assertVerification(verifyUrl, "Valid");
			revoke(number);
			browser.manage().deleteAllCookies();
			String status = assertVerification(verifyUrl, "Revoked on ");
			assertTrue(status.matches("Revoked on [A-Z][a-z]+ \\d{1,2}, \\d{4}"), status);
			Browser.screenshot(browser, "certificate-5-revoked");
			onAPhone(verifyUrl);
			unknownCode();
		} catch (RuntimeException | AssertionError e) {
			Browser.screenshot(browser, "certificate-failed");
			throw e;
		} finally {
			browser.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	/**
	 * A registered nurse may claim none of an AMA-only activity's credit: the claim
	 * page offers a certificate of participation in hours, asks no reporting
	 * details, and issues it.
	 */
	@Test
	void aLearnerWhoMayClaimNoCreditGetsACertificateOfParticipation() {
		String title = "Participation hypertension " + TestNames.letters(8);
		ContentPackage pkg = claimable(Packages.demo("hypertension-2026-update", title));
		long activityId = Packages.publish(pkg);
		Accounts.Account nurse = Accounts.learner("nurse", "RN", "Robin", "Nurse");
		String email = nurse.email();
		long enrollment = enrolAndComplete(nurse, activityId, pkg);
		try {
			Browser.signIn(browser, email, Accounts.PASSWORD);
			browser.get(Http.BASE + "/learner/claim.xhtml?enrollment=" + enrollment);
			Browser.waiting(browser)
					.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Certificate of participation"));
			String rows = browser.findElement(By.id("claim:options")).getText();
			assertTrue(rows.contains("Hours of participation") && rows.contains("up to 1.5"), rows);
			assertTrue(browser.findElements(By.id("reportingHeading")).isEmpty(), "participation is not reported");
			A11y.check(browser, "participation claim page");
			Browser.type(browser, "claim:rows:0:amount", "1.5");
			Browser.clickAndWait(browser, "claim:claimButton");
			Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("certificateNumber")));
			assertEquals("You claimed 1.5 hour(s) of participation.",
					browser.findElement(By.id("claimedLines")).getText());
			Browser.screenshot(browser, "certificate-7-participation");
		} catch (RuntimeException | AssertionError e) {
			Browser.screenshot(browser, "certificate-participation-failed");
			throw e;
		}
	}

	/**
	 * An administrator issues the pending certificates of an activity from the bulk
	 * issue page: the activity is offered with its count, the progress bar (an ARIA
	 * progress bar) goes to 100 % without reloading the page, and each nurse
	 * practitioner then has a certificate.
	 */
	@Test
	void anAdministratorIssuesAnActivitysPendingCertificatesWithAProgressBar() {
		String title = "Bulk page opioid " + TestNames.letters(8);
		long activity = ClaimCertificateIT.publishClaimable(title);
		List<Accounts.Account> nurses = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Accounts.Account nurse = Accounts.learner("np", "NP", "Nia", "Pract");
			ClaimCertificateIT.complete(nurse.basic(), ClaimCertificateIT.enrol(nurse.basic(), activity), 90);
			nurses.add(nurse);
		}
		try {
			Browser.signIn(browser, Accounts.admin().email(), Accounts.PASSWORD);
			browser.get(Http.BASE + "/admin/certificates.xhtml");
			Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("search:bulkLink"))).click();
			Browser.waiting(browser)
					.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Issue certificates in bulk"));
			A11y.check(browser, "bulk issue page");
			Browser.choose(browser, "start:activity", title + " (3 pending)");
			Browser.clickAndWait(browser, "start:issue");
			// The poll re-renders the list every 2 s: find the elements afresh each time.
			String section = "//section[contains(@class,'bulk-issue')][.//h3[text()='" + title + "']]";
			Browser.waiting(browser).withTimeout(java.time.Duration.ofSeconds(60))
					.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(ExpectedConditions
							.textToBe(By.xpath(section + "//*[contains(@class,'bulk-status')]"), "Done"));
			Browser.waitForAjax(browser);
			WebElement done = browser.findElement(By.xpath(section));
			assertEquals("3 certificates issued", done.findElement(By.className("bulk-issued")).getText());
			WebElement bar = done.findElement(By.cssSelector("[role=progressbar]"));
			assertEquals("100", bar.getAttribute("aria-valuenow"), "the progress bar at 100 %");
			assertFalse(done.getText().contains("ISSUED") || done.getText().contains("DONE"),
					"no codes on screen: " + done.getText());
			Browser.screenshot(browser, "certificate-8-bulk-issue");
			A11y.check(browser, "bulk issue page, done");
		} catch (RuntimeException | AssertionError e) {
			Browser.screenshot(browser, "certificate-bulk-failed");
			throw e;
		}
		for (Accounts.Account nurse : nurses) {
			assertEquals(1, Http.array(Http.send("GET", "/api/me/certificates", nurse.basic(), null)).size(),
					nurse.email());
		}
	}

	/**
	 * The demo package with only its three reading modules, all required, and 1.5
	 * AMA PRA Category 1 designated: nothing to attest, so no time limit.
	 */
	static ContentPackage claimable(ContentPackage pkg) {
		return Packages.withManifest(pkg, m -> {
			List<ModuleSpec> reading = m.modules().stream().filter(x -> x instanceof ContentModuleSpec).toList();
			ActivitySpec a = m.activity();
			ActivitySpec ama = new ActivitySpec(a.title(), a.summary(), a.objectives(), a.targetAudience(), a.topics(),
					a.format(), a.estimatedMinutes(), a.faculty(), a.accreditationStatement(),
					List.of(new CreditDesignationSpec("AMA_PRA_1", new BigDecimal("1.50"), null)), a.releaseDate(),
					a.expiryDate(), a.feeMinor(), a.currency(), a.capacity());
			CompletionCriteriaSpec criteria = new CompletionCriteriaSpec(reading.stream().map(ModuleSpec::key).toList(),
					null, false, null, false);
			return new ActivityManifest(ama, criteria, m.certificateTemplate(), reading);
		});
	}

	private static long enrolAndComplete(Accounts.Account learner, long activityId, ContentPackage pkg) {
		HttpResponse<String> enrolled = Http.send("POST", "/api/enrollments", learner.basic(),
				"{\"activityId\":" + activityId + "}");
		assertEquals(201, enrolled.statusCode(), enrolled.body());
		long id = Http.json(enrolled).getJsonNumber("id").longValue();
		for (ModuleSpec module : pkg.manifest().modules()) {
			HttpResponse<String> done = Http.send("POST",
					"/api/enrollments/" + id + "/modules/" + module.key() + "/progress", learner.basic(),
					"{\"completed\":true}");
			assertEquals(200, done.statusCode(), done.body());
		}
		assertEquals("COMPLETED",
				Http.json(Http.send("GET", "/api/enrollments/" + id, learner.basic(), null)).getString("status"));
		return id;
	}

	private String claim(Accounts.Account learner, String title, long enrollment) {
		Browser.signIn(browser, learner.email(), DEMO_PASSWORD);
		browser.get(Http.BASE + "/learner/enrollment.xhtml?id=" + enrollment);
		WebElement fromPlayer = Browser.waiting(browser)
				.until(ExpectedConditions.presenceOfElementLocated(By.id("player:claimFromPlayer")));
		assertTrue(fromPlayer.getAttribute("href").contains("enrollment=" + enrollment),
				"the player's end leads to the claim: " + fromPlayer.getAttribute("href"));
		browser.get(Http.BASE + "/learner/home.xhtml");
		WebElement claimLink = Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By
				.xpath("//article[.//a[normalize-space(text())='" + title + "']]//a[contains(@class,'claim-link')]")));
		assertTrue(claimLink.getAttribute("href").contains("enrollment=" + enrollment), claimLink.getAttribute("href"));
		claimLink.click();
		Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("pageTitle"), "Claim credit"));
		String rows = browser.findElement(By.id("claim:options")).getText();
		assertTrue(rows.contains("AMA PRA Category 1 Credit™"), rows);
		assertTrue(rows.contains("at most 1.5") && rows.contains("in steps of 0.25"), rows);
		assertFalse(rows.contains("AMA_PRA_1"), "no codes on screen: " + rows);
		A11y.check(browser, "claim page");

		String amount = "claim:rows:0:amount";
		Browser.type(browser, amount, "1.3");
		WebElement check = Browser.waiting(browser)
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim:rows:0:checkText")));
		assertTrue(check.getText().contains("steps of 0.25") && check.getText().contains("1.25 or 1.5"),
				check.getText());
		Browser.type(browser, amount, "1.25");
		Browser.waiting(browser)
				.until(ExpectedConditions.invisibilityOfElementLocated(By.id("claim:rows:0:checkText")));

		String reporting = browser.findElement(By.id("reportingHeading")).getText();
		assertEquals("Details for reporting your credit", reporting);
		assertTrue(browser.findElements(By.id("claim:boardDiplomateId")).isEmpty(),
				"only the missing details are asked (no ABIM id for AMA credit)");
		Browser.clickAndWait(browser, "claim:claimButton");
		String refused = browser.findElement(By.id("claim:messages")).getText();
		assertFalse(refused.isBlank(), "claiming without the details is refused on top");
		assertEquals("1.25", browser.findElement(By.id(amount)).getAttribute("value"), "the amount typed is kept");
		String asked = browser.findElement(By.id("claim:reportingDetails")).getText();
		assertTrue(asked.contains("Enter the month and day of your birth"), "named beside its input: " + asked);
		Browser.screenshot(browser, "certificate-1-details-missing");

		Browser.choose(browser, "claim:birthMonth", "March");
		Browser.type(browser, "claim:birthDay", "14");
		assertTrue(browser.findElements(By.id("claim:npi")).isEmpty(),
				"the demo learner's NPI and licence are on the profile: only the birthday and permission are asked");
		browser.findElement(By.cssSelector("[id='claim:permitReporting'] .ui-chkbox-box")).click();
		Browser.clickAndWait(browser, "claim:claimButton");
		WebElement numberShown = Browser.waiting(browser)
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificateNumber")));
		String number = numberShown.getText();
		assertFalse(number.isBlank());
		assertTrue(browser.findElement(By.id("claimedLines")).getText().contains("1.25 AMA PRA Category 1 Credit™"),
				browser.findElement(By.id("claimedLines")).getText());
		String pdf = browser.findElement(By.id("downloadPdf")).getAttribute("href");
		assertTrue(pdf.endsWith("/api/certificates/" + number + ".pdf"), pdf);
		Object download = ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], {credentials: 'same-origin'})
					.then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('Content-Type') + ' '
						+ String.fromCharCode(...new Uint8Array(b.slice(0, 5))))))
					.catch(e => done('failed: ' + e));
				""", pdf);
		assertEquals("200 application/pdf %PDF-", download, "the PDF link downloads the certificate");
		Browser.screenshot(browser, "certificate-2-claimed");
		A11y.check(browser, "claim page after the claim");

		browser.get(Http.BASE + "/learner/home.xhtml");
		WebElement certificates = Browser.waiting(browser)
				.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//article[.//a[normalize-space(text())='"
						+ title + "']]//a[starts-with(normalize-space(.)," + "'Certificates')]")));
		assertTrue(browser
				.findElements(By.xpath(
						"//article[.//a[normalize-space(text())='" + title + "']]//a[contains(@class,'claim-link')]"))
				.isEmpty(), "claimed: no more Claim credit");
		assertTrue(certificates.getAttribute("href").contains("/learner/certificates.xhtml"));
		browser.get(Http.BASE + "/learner/enrollment.xhtml?id=" + enrollment);
		Browser.waiting(browser)
				.until(ExpectedConditions.presenceOfElementLocated(By.id("player:certificatesFromPlayer")));
		assertTrue(browser.findElements(By.id("player:claimFromPlayer")).isEmpty(),
				"claimed: the player no longer offers it");
		return number;
	}

	/** My certificates lists the certificate; answers its verification URL. */
	private String myCertificates(String number, String title) {
		browser.findElement(By.id("navCertificates")).click();
		Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("pageTitle"), "My certificates"));
		WebElement row = Browser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//tr[.//span[@class='certificate-number' and text()='" + number + "']]")));
		String text = row.getText();
		assertTrue(text.contains(title), text);
		assertTrue(text.contains("1.25 AMA PRA Category 1 Credit™"), text);
		assertTrue(text.contains("Valid"), text);
		assertTrue(row.findElement(By.className("pdf-link")).getAttribute("href")
				.endsWith("/api/certificates/" + number + ".pdf"));
		Browser.screenshot(browser, "certificate-3-mine");
		A11y.check(browser, "My certificates");
		String verify = row.findElement(By.className("verify-link")).getAttribute("href");
		assertTrue(verify.matches(".*/verify/[^/?]+$"), verify);
		return verify;
	}

	/** Opens a verification page; answers the status shown. */
	private String assertVerification(String url, String status) {
		browser.get(url);
		Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("pageTitle"), "Genuine certificate"));
		String shown = browser.findElement(By.id("verifyStatus")).getText();
		assertTrue(shown.startsWith(status), shown);
		assertEquals("Lena Learner", browser.findElement(By.id("verifyLearner")).getText());
		assertEquals("1.25 AMA PRA Category 1 Credit™", browser.findElement(By.id("verifyCredits")).getText());
		assertFalse(browser.findElement(By.id("verifyFormat")).getText().isBlank(), "the format in words");
		assertFalse(browser.getPageSource().contains(NPI), "no NPI on the public page");
		A11y.check(browser, "verification page");
		return shown;
	}

	private void revoke(String number) {
		Accounts.Account admin = Accounts.admin();
		Browser.signIn(browser, admin.email(), Accounts.PASSWORD);
		browser.get(Http.BASE + "/admin/certificates.xhtml");
		Browser.type(browser, "search:query", number);
		Browser.clickAndWait(browser, "search:find");
		WebElement row = Browser.waiting(browser).until(ExpectedConditions
				.presenceOfElementLocated(By.xpath("//tbody/tr[td[contains(normalize-space(.), '" + number + "')]]")));
		assertTrue(row.getText().contains("Valid"), row.getText());
		A11y.check(browser, "admin certificates");
		row.findElement(By.xpath(".//button[.//span[text()='Revoke']]")).click();
		Browser.waitForAjax(browser);
		Browser.type(browser, "search:reason", "Claimed in error (test).");
		Browser.clickAndWait(browser, "search:confirmRevoke");
		String message = browser.findElement(By.id("search:messages")).getText();
		assertTrue(message.contains("Certificate " + number + " is revoked"), message);
		WebElement after = browser.findElement(By.xpath("//tbody/tr[.//span[@class='certificate-status']]"));
		assertTrue(after.getText().contains("Revoked on"), after.getText());
		Browser.screenshot(browser, "certificate-4-admin-revoked");
	}

	/** The verification page on a 390 px wide phone: nothing to scroll sideways. */
	private void onAPhone(String url) {
		browser.manage().window().setSize(new Dimension(390, 844));
		browser.get(url);
		Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("pageTitle"), "Genuine certificate"));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		Number viewport = (Number) js.executeScript("return document.documentElement.clientWidth;");
		Number content = (Number) js.executeScript("return document.documentElement.scrollWidth;");
		assertTrue(viewport.intValue() <= 400, "the window is phone-sized: " + viewport);
		assertTrue(content.intValue() <= viewport.intValue(),
				"no horizontal scroll at 390 px: content " + content + " > viewport " + viewport);
		Browser.screenshot(browser, "certificate-6-phone");
	}

	private void unknownCode() {
		browser.manage().window().setSize(new Dimension(1280, 1000));
		browser.get(Http.BASE + "/verify/" + TestNames.letters(20));
		WebElement problem = Browser.waiting(browser)
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("problemText")));
		assertEquals("No such certificate.", problem.getText());
	}
}
