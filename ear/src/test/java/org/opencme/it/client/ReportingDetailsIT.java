package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.it.Deployments;

/**
 * The credit reporting details (month and day of birth, NPI or licence, ABIM
 * diplomate id, permission to report): stored on the learner's own account,
 * refused field by field, never another learner's, shown on the profile.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportingDetailsIT {

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	@Test
	void aLearnerCompletesTheirReportingDetailsAndBadFieldsAreNamed() {
		Accounts.Account learner = Accounts.learner();
		JsonObject empty = Http.json(Http.send("GET", "/api/me/reporting-details", learner.basic(), null));
		assertTrue(absent(empty, "birthMonth"), empty.toString());
		assertTrue(absent(empty, "reportPermissionAt"), empty.toString());

		HttpResponse<String> bad = Http.send("PUT", "/api/me/reporting-details", learner.basic(),
				"{\"birthMonth\":4,\"birthDay\":31,\"boardDiplomateId\":\"12\",\"licence\":{\"state\":\"ZZ\",\"number\":\"A-1\"}}");
		BadInputIT.assertBadRequest(bad, "birthDay", "There is no day 31 in April.");
		BadInputIT.assertBadRequest(bad, "boardDiplomateId", "6 digits");
		BadInputIT.assertBadRequest(bad, "licence.state", "state");
		assertTrue(
				absent(Http.json(Http.send("GET", "/api/me/reporting-details", learner.basic(), null)), "birthMonth"),
				"nothing was stored");

		HttpResponse<String> ok = Http.send("PUT", "/api/me/reporting-details", learner.basic(),
				"{\"birthMonth\":2,\"birthDay\":29,\"boardDiplomateId\":\"123456\",\"licence\":{\"state\":\"ca\",\"number\":\"A-1\"},"
						+ "\"permitReporting\":true}");
		assertEquals(200, ok.statusCode(), ok.body());
		JsonObject saved = Http.json(Http.send("GET", "/api/me/reporting-details", learner.basic(), null));
		assertEquals(2, saved.getInt("birthMonth"));
		assertEquals(29, saved.getInt("birthDay"));
		assertEquals("123456", saved.getString("boardDiplomateId"));
		assertEquals("CA", saved.getJsonArray("licences").getJsonObject(0).getString("state"));
		assertFalse(absent(saved, "reportPermissionAt"));

		HttpResponse<String> partial = Http.send("PUT", "/api/me/reporting-details", learner.basic(),
				"{\"permitReporting\":false}");
		assertEquals(200, partial.statusCode(), partial.body());
		JsonObject after = Http.json(partial);
		assertTrue(absent(after, "reportPermissionAt"), "the permission is withdrawn");
		assertEquals(29, after.getInt("birthDay"), "fields not sent are kept");
		assertEquals(1, after.getJsonArray("licences").size());
	}

	@Test
	void theProfileShowsTheDetailsAndACrossSiteChangeIsRefused() {
		Accounts.Account learner = Accounts.learner();
		assertEquals(200,
				Http.send("PUT", "/api/me/reporting-details", learner.basic(), "{\"birthMonth\":3,\"birthDay\":14}")
						.statusCode());
		WebSession session = new WebSession(Accounts.uniqueAddress());
		assertEquals(302, session.signIn(learner.email(), Accounts.PASSWORD).statusCode());
		HttpResponse<String> profile = session.get("/me/profile.xhtml");
		assertEquals(200, profile.statusCode());
		assertTrue(profile.body().contains("Credit reporting details"), profile.body());
		assertTrue(profile.body().contains("March 14"), "the birthday as people say it");
		assertTrue(profile.body().contains("<dd>Learner</dd>"), "roles in words, not codes");

		HttpResponse<String> crossSite = session.api("PUT", "/api/me/reporting-details");
		assertEquals(403, crossSite.statusCode(),
				"the cookie alone, as a foreign page could send it: " + crossSite.body());
		assertEquals(3,
				Http.json(Http.send("GET", "/api/me/reporting-details", learner.basic(), null)).getInt("birthMonth"));
	}

	/** JSON-B leaves null fields out. */
	private static boolean absent(JsonObject json, String key) {
		return !json.containsKey(key) || json.isNull(key);
	}

	@Test
	void signedOutCallersGetNothing() {
		assertEquals(401, Http.send("GET", "/api/me/reporting-details", null, null).statusCode());
		assertEquals(401,
				Http.send("PUT", "/api/me/reporting-details", null, "{\"birthMonth\":1,\"birthDay\":1}").statusCode());
	}
}
