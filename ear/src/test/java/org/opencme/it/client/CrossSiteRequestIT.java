package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.it.Deployments;

/**
 * Cross-site request forgery: with only the browser's session cookie, a foreign
 * page's form or fetch (its Origin, a form-shaped body, no custom header)
 * changes nothing, for every class of call (POST, PUT, DELETE on the API, a
 * Faces form, an upload); the same call from OpenCME's own page works.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteRequestIT {

	/**
	 * Accounts of this class's own, made for each run (each test makes its own
	 * records).
	 */
	private static Accounts.Account designerAccount;
	private static Accounts.Account learnerAccount;

	@BeforeAll
	static void freshAccounts() {
		designerAccount = Accounts.designer();
		learnerAccount = Accounts.learner();
	}

	private static final String FORM = "application/x-www-form-urlencoded";
	private static final String TEXT = "text/plain";

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	@Test
	void aLearnersSessionCannotBeUsedFromAnotherSite() {
		ContentPackage pkg = Packages.demo("sepsis-hour-1-bundle", "CSRF sepsis " + System.nanoTime());
		String quiz = pkg.manifest().modules().stream().filter(m -> m instanceof org.opencme.content.pkg.QuizModuleSpec)
				.findFirst().orElseThrow().key();
		long activityId = Packages.publish(pkg);
		String email = "csrf-" + System.nanoTime() + "@example.org";
		String basic = LearningITs.register(email);
		BrowserSession learner = BrowserSession.signIn(email, LearningITs.PASSWORD);

		HttpResponse<String> forged = learner.send("POST", "/api/enrollments", FORM, "activityId=" + activityId,
				BrowserSession.crossSite());
		assertRefusedCall(forged);
		forged = learner.send("POST", "/api/enrollments", TEXT, "{\"activityId\":" + activityId + "}",
				BrowserSession.crossSite());
		assertRefusedCall(forged);
		assertTrue(Http.array(Http.send("GET", "/api/me/enrollments", basic, null)).isEmpty(), "no enrolment made");

		HttpResponse<String> enrolled = learner.send("POST", "/api/enrollments", "application/json",
				"{\"activityId\":" + activityId + "}", BrowserSession.sameSite());
		assertEquals(201, enrolled.statusCode(), enrolled.body());
		long enrollment = Http.json(enrolled).getJsonNumber("id").longValue();
		HttpResponse<String> started = learner.send("POST",
				"/api/enrollments/" + enrollment + "/modules/" + quiz + "/attempts", null, null,
				BrowserSession.sameSite());
		assertTrue(started.statusCode() == 200 || started.statusCode() == 201, started.body());
		JsonObject attempt = Http.json(started);
		long attemptId = attempt.getJsonNumber("id").longValue();
		JsonObject question = attempt.getJsonArray("questions").getJsonObject(0);
		String answer = "{\"selected\":[\"" + question.getJsonArray("options").getJsonObject(0).getString("id")
				+ "\"]}";
		String responsePath = "/api/attempts/" + attemptId + "/responses/" + question.getString("id");

		assertRefusedCall(learner.send("PUT", responsePath, TEXT, answer, BrowserSession.crossSite()));
		assertRefusedCall(
				learner.send("POST", "/api/attempts/" + attemptId + "/submit", TEXT, "", BrowserSession.crossSite()));
		assertRefusedCall(
				learner.send("POST", "/api/attempts/" + attemptId + "/submit", null, null, Map.of("Origin", Http.BASE)),
				"same origin, but without X-Requested-With");
		assertRefusedCall(learner.send("POST", "/api/attempts/" + attemptId + "/submit", null, null,
				Map.of("X-Requested-With", "OpenCME")), "the header, but neither Origin nor Referer");
		assertRefusedCall(
				learner.send("POST", "/api/attempts/" + attemptId + "/submit", null, null,
						Map.of("X-Requested-With", "OpenCME", "Origin", BrowserSession.FOREIGN)),
				"the header from elsewhere");
		JsonObject open = Http.json(Http.send("GET", "/api/attempts/" + attemptId, basic, null));
		assertFalse(open.getBoolean("submitted"), "the attempt is still open: " + open);

		assertEquals(204,
				learner.send("PUT", responsePath, "application/json", answer, BrowserSession.sameSite()).statusCode());
		HttpResponse<String> submitted = learner.send("POST", "/api/attempts/" + attemptId + "/submit", null, null,
				Map.of("X-Requested-With", "OpenCME", "Referer", Http.BASE + "/learner/enrollment.xhtml"));
		assertEquals(200, submitted.statusCode(), "same site, shown by the Referer: " + submitted.body());
		assertTrue(Http.json(submitted).getBoolean("submitted"));
	}

	@Test
	void aDeleteFromAnotherSiteIsRefused() {
		String email = "csrf-token-" + System.nanoTime() + "@example.org";
		String basic = LearningITs.register(email);
		HttpResponse<String> created = Http.send("POST", "/api/me/tokens", basic, "{\"name\":\"csrf\"}");
		long id = Http.json(created).getJsonNumber("id").longValue();
		String bearer = "Bearer " + Http.json(created).getString("secret");
		BrowserSession session = BrowserSession.signIn(email, LearningITs.PASSWORD);

		assertRefusedCall(session.send("DELETE", "/api/me/tokens/" + id, null, null, BrowserSession.crossSite()));
		assertEquals(200, Http.send("GET", "/api/me", bearer, null).statusCode(), "the token still works");
		assertEquals(204,
				session.send("DELETE", "/api/me/tokens/" + id, null, null, BrowserSession.sameSite()).statusCode());
		assertEquals(401, Http.send("GET", "/api/me", bearer, null).statusCode());
	}

	@Test
	void anAdministratorsSessionCannotPublishOrRebuildFromAnotherSite() {
		byte[] zip = new PackageWriter()
				.write(Packages.demo("hypertension-2026-update", "CSRF review " + System.nanoTime()));
		HttpResponse<byte[]> imported = Http.bytes("POST", "/api/activities/import", designerAccount.basic(), zip,
				"application/zip");
		assertEquals(201, imported.statusCode(), new String(imported.body(), StandardCharsets.UTF_8));
		long id = Http.json(imported.body()).getJsonNumber("id").longValue();
		assertEquals(200,
				Http.send("POST", "/api/activities/" + id + "/submit", designerAccount.basic(), null).statusCode());
		BrowserSession admin = BrowserSession.signIn(Accounts.admin().email(), Accounts.PASSWORD);

		assertRefusedCall(
				admin.send("POST", "/api/activities/" + id + "/publish", FORM, "", BrowserSession.crossSite()));
		assertRefusedCall(admin.send("POST", "/api/admin/catalog/rebuild", TEXT, "go", BrowserSession.crossSite()));
		HttpResponse<String> published = admin.send("POST", "/api/activities/" + id + "/publish", null, null,
				BrowserSession.sameSite());
		assertEquals(200, published.statusCode(), "still in review, so the real approval works: " + published.body());
		assertEquals("PUBLISHED", Http.json(published).getString("status"));
	}

	@Test
	void aRefusedCallReservesNoIdempotencyKey() {
		String email = "csrf-key-" + System.nanoTime() + "@example.org";
		LearningITs.register(email);
		BrowserSession session = BrowserSession.signIn(email, LearningITs.PASSWORD);
		Map<String, String> forged = new LinkedHashMap<>(BrowserSession.crossSite());
		forged.put("Idempotency-Key", "csrf-" + System.nanoTime());
		Map<String, String> real = new LinkedHashMap<>(BrowserSession.sameSite());
		real.put("Idempotency-Key", forged.get("Idempotency-Key"));
		assertRefusedCall(session.send("POST", "/api/me/tokens", "application/json", "{\"name\":\"k\"}", forged));
		HttpResponse<String> created = session.send("POST", "/api/me/tokens", "application/json", "{\"name\":\"k\"}",
				real);
		assertEquals(201, created.statusCode(), created.body());
		assertTrue(created.headers().firstValue("Idempotent-Replayed").isEmpty(), "not a replay of the refusal");
	}

	@Test
	void clientsWithCredentialsInTheHeaderPassButNotFromAForeignOrigin() {
		assertEquals(201,
				Http.send("POST", "/api/me/tokens", learnerAccount.basic(), "{\"name\":\"basic\"}").statusCode(),
				"an API client sends neither Origin nor X-Requested-With");
		HttpResponse<String> remembered = Http.send("POST", "/api/me/tokens", learnerAccount.basic(),
				"{\"name\":\"remembered\"}", Map.of("Origin", BrowserSession.FOREIGN));
		assertRefusedCall(remembered, "a browser replays remembered Basic credentials on another site's form");
	}

	@Test
	void theSignInFormTakesPostsFromItsOwnPageOnly() {
		BrowserSession visitor = BrowserSession.anonymous();
		String page = visitor.get("/login.xhtml").body();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("login", "login");
		form.put("login:next", "");
		form.put("login:email", learnerAccount.email());
		form.put("login:password", Accounts.PASSWORD);
		form.put("login:signIn", "");
		form.put("jakarta.faces.ViewState", BrowserSession.viewState(page));
		String body = BrowserSession.encode(form);

		assertRefusedPage(visitor.send("POST", "/login.xhtml", FORM, body, BrowserSession.crossSite()));
		assertRefusedPage(visitor.send("POST", "/login.xhtml", FORM, body, Map.of()));
		assertEquals(401, visitor.get("/api/me").statusCode(), "not signed in");
		HttpResponse<String> signedIn = visitor.send("POST", "/login.xhtml", FORM, body, Map.of("Origin", Http.BASE));
		assertEquals(302, signedIn.statusCode(), signedIn.body());
		assertEquals(200, visitor.get("/api/me").statusCode(), "signed in from the page itself");
	}

	@Test
	void theSignOutFormOfEveryPageTakesPostsFromItsOwnPageOnly() {
		BrowserSession learner = BrowserSession.signIn(learnerAccount.email(), Accounts.PASSWORD);
		HttpResponse<String> home = learner.get("/learner/home.xhtml");
		assertEquals(200, home.statusCode());
		String body = BrowserSession.encode(Map.of("signOutForm", "signOutForm", "signOutForm:signOut", "",
				"jakarta.faces.ViewState", BrowserSession.viewState(home.body())));

		assertRefusedPage(learner.send("POST", "/learner/home.xhtml", FORM, body, BrowserSession.crossSite()));
		assertEquals(200, learner.get("/api/me").statusCode(), "still signed in");
		HttpResponse<String> signedOut = learner.send("POST", "/learner/home.xhtml", FORM, body,
				Map.of("Origin", Http.BASE, "Referer", Http.BASE + "/learner/home.xhtml"));
		assertEquals(302, signedOut.statusCode(), signedOut.body());
		assertEquals(401, learner.get("/api/me").statusCode(), "signed out");
	}

	@Test
	void anUploadFromAnotherSiteIsRefused() {
		BrowserSession designer = BrowserSession.signIn(designerAccount.email(), Accounts.PASSWORD);
		String boundary = "----csrf" + System.nanoTime();
		String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"package\"; filename=\"x.zip\""
				+ "\r\nContent-Type: application/zip\r\n\r\nPK\r\n--" + boundary + "--\r\n";
		assertRefusedPage(designer.send("POST", "/designer/home.xhtml", "multipart/form-data; boundary=" + boundary,
				multipart, BrowserSession.crossSite()));
		assertRefusedCall(designer.send("POST", "/media/upload", "multipart/form-data; boundary=" + boundary, multipart,
				BrowserSession.crossSite()));
	}

	static void assertRefusedCall(HttpResponse<String> response) {
		assertRefusedCall(response, "a cross-site call");
	}

	static void assertRefusedCall(HttpResponse<String> response, String what) {
		assertEquals(403, response.statusCode(), what + ": " + response.body());
		assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
				what);
		assertEquals(403, Http.json(response).getInt("status"), what);
	}

	static void assertRefusedPage(HttpResponse<String> response) {
		assertEquals(403, response.statusCode(), response.body());
		assertTrue(response.body().contains("not sent from an OpenCME page"), response.body());
	}

	/** Accounts registered through the API, as LearningIT does. */
	static final class LearningITs {
		static final String PASSWORD = "a long passphrase for csrf";

		private LearningITs() {
		}

		static String register(String email) {
			HttpResponse<String> r = Http.send("POST", "/api/accounts", null,
					"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
							+ "\",\"givenName\":\"Cee\",\"familyName\":\"Surf\"," + "\"profession\":\"MD\"}");
			assertEquals(201, r.statusCode(), r.body());
			return Http.basic(email, PASSWORD);
		}
	}
}
