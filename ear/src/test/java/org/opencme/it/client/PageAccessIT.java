package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.it.Deployments;

/**
 * Every page that takes an id answers the 404 page for a missing, non-numeric,
 * too large or absent id, the 403 page for another person's record, and a post
 * with a view state this session does not hold gets the 403 "page expired"
 * page: never a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageAccessIT {

	/**
	 * Accounts of this class's own, made for each run (each test makes its own
	 * records).
	 */
	private static Accounts.Account designer;
	private static Accounts.Account admin;

	@BeforeAll
	static void freshAccounts() {
		designer = Accounts.designer();
		admin = Accounts.admin();
	}

	static final String[] BAD_IDS = {"?id=99999999", "?id=abc", "?id=99999999999999999999", "", "?id="};

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	@Test
	void theCatalogPageOfAMissingOrPrivateActivityIsNotFound() {
		WebSession anonymous = new WebSession();
		for (String id : BAD_IDS) {
			assertNotFound(anonymous.get("/catalog/activity.xhtml" + id), "catalog " + id);
		}
		long draft = draftOfTheDesigner();
		assertNotFound(anonymous.get("/catalog/activity.xhtml?id=" + draft), "a draft, anonymously");
		assertNotFound(WebSession.signedIn(LearnerAccounts.create().email(), LearnerAccounts.PASSWORD)
				.get("/catalog/activity.xhtml?id=" + draft), "a draft, to a learner");
	}

	@Test
	void designerPagesAnswerNotFoundForMissingIds() {
		WebSession designerPages = WebSession.signedIn(designer.email(), Accounts.PASSWORD);
		for (String page : new String[]{"/designer/activity.xhtml", "/designer/preview.xhtml",
				"/designer/sessions.xhtml"}) {
			for (String id : BAD_IDS) {
				assertNotFound(designerPages.get(page + id), page + id);
			}
		}
		long draft = draftOfTheDesigner();
		assertEquals(200, designerPages.get("/designer/activity.xhtml?id=" + draft).statusCode());
	}

	@Test
	void anotherLearnersEnrolmentPageIsForbiddenAndMissingOnesNotFound() {
		LearnerAccounts.Learner owner = LearnerAccounts.create();
		long enrollment = LearnerAccounts.enrol(owner, LearnerAccounts.aFreeDemoActivity());
		WebSession ownerPages = WebSession.signedIn(owner.email(), LearnerAccounts.PASSWORD);
		assertEquals(200, ownerPages.get("/learner/enrollment.xhtml?id=" + enrollment).statusCode());

		WebSession otherPages = WebSession.signedIn(LearnerAccounts.create().email(), LearnerAccounts.PASSWORD);
		HttpResponse<String> foreign = otherPages.get("/learner/enrollment.xhtml?id=" + enrollment);
		assertEquals(403, foreign.statusCode(), "another learner's enrolment");
		assertTrue(foreign.body().contains("errorText"), "the 403 page");
		for (String id : BAD_IDS) {
			assertNotFound(otherPages.get("/learner/enrollment.xhtml" + id), "enrolment " + id);
		}
		WebSession adminPages = WebSession.signedIn(admin.email(), Accounts.PASSWORD);
		assertEquals(200, adminPages.get("/learner/enrollment.xhtml?id=" + enrollment).statusCode(),
				"an administrator reads a learner's record");
	}

	@Test
	void anotherLearnersClaimPageIsForbiddenMissingOnesNotFoundAndVerificationIsPublic() {
		LearnerAccounts.Learner owner = LearnerAccounts.create();
		long enrollment = LearnerAccounts.enrol(owner, LearnerAccounts.aFreeDemoActivity());
		WebSession ownerPages = WebSession.signedIn(owner.email(), LearnerAccounts.PASSWORD);
		HttpResponse<String> own = ownerPages.get("/learner/claim.xhtml?enrollment=" + enrollment);
		assertEquals(200, own.statusCode());
		assertTrue(own.body().contains("Not completed yet") && !own.body().contains("claimButton"),
				"before completion: what is missing, no form");

		WebSession otherPages = WebSession.signedIn(LearnerAccounts.create().email(), LearnerAccounts.PASSWORD);
		HttpResponse<String> foreign = otherPages.get("/learner/claim.xhtml?enrollment=" + enrollment);
		assertEquals(403, foreign.statusCode(), "another learner's claim page");
		assertTrue(foreign.body().contains("errorText"), "the 403 page");
		for (String id : BAD_IDS) {
			assertNotFound(otherPages.get("/learner/claim.xhtml" + id.replace("id=", "enrollment=")),
					"claim page " + id);
		}
		assertEquals(200, otherPages.get("/learner/certificates.xhtml").statusCode());
		assertEquals(403, otherPages.get("/admin/certificates.xhtml").statusCode(), "administrators only");
		assertEquals(403, otherPages.get("/admin/bulk-issue.xhtml").statusCode(), "bulk issue: administrators only");

		WebSession anonymous = new WebSession();
		assertEquals(302, anonymous.get("/learner/certificates.xhtml").statusCode(), "sign in first");
		HttpResponse<String> unknown = anonymous.get("/verify/" + TestNames.letters(24));
		assertEquals(404, unknown.statusCode(), "an unknown code, publicly");
		assertTrue(unknown.body().contains("No such certificate."), unknown.body());
	}

	@Test
	void aMadeUpOrForeignViewStateGetsThePageExpiredAnswer() {
		long live = LearnerAccounts.aFreeDemoActivity();
		String page = "/catalog/activity.xhtml?id=" + live;
		LearnerAccounts.Learner account = LearnerAccounts.create();
		WebSession learner = WebSession.signedIn(account.email(), LearnerAccounts.PASSWORD);
		assertEquals(200, learner.get(page).statusCode());
		HttpResponse<String> madeUp = learner.post(page, enrolForm("j_id-made-up:12345"));
		assertExpired(madeUp, "made-up view state");

		WebSession someoneElse = new WebSession();
		String foreignState = WebSession.viewState(someoneElse.get(page).body());
		assertExpired(learner.post(page, enrolForm(foreignState)), "another session's view state");
		assertExpired(new WebSession().post(page, enrolForm(foreignState)), "no session at all");
		assertTrue(LearnerAccounts.noEnrolments(account), "nothing was enrolled");
	}

	private static Map<String, String> enrolForm(String viewState) {
		return Map.of("enrol", "enrol", "enrol:enrolButton", "", "jakarta.faces.ViewState", viewState);
	}

	private static void assertExpired(HttpResponse<String> response, String what) {
		assertEquals(403, response.statusCode(), what);
		assertTrue(response.body().contains("The page expired"), what + ": " + response.body());
	}

	private static void assertNotFound(HttpResponse<String> response, String what) {
		assertEquals(404, response.statusCode(), what);
		assertTrue(response.body().contains("errorText"), what + ": the 404 page");
	}

	private static long draftOfTheDesigner() {
		HttpResponse<String> created = Http.send("POST", "/api/activities", designer.basic(),
				"{\"title\":\"Private draft " + System.nanoTime() + "\",\"format\":\"ON_DEMAND\"}");
		assertEquals(201, created.statusCode(), created.body());
		return Http.json(created).getJsonNumber("id").longValue();
	}
}
