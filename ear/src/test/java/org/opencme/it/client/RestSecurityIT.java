package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The API answers 401 without credentials, 403 for the wrong role or owner, 200
 * for the right one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestSecurityIT {

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	@Test
	void healthIsPublic() {
		HttpResponse<String> health = Http.send("GET", "/api/health", null, null);
		assertEquals(200, health.statusCode());
		assertEquals("UP", Http.json(health).getString("status"));
	}

	@Test
	void noCredentialsGive401WithAProblem() {
		HttpResponse<String> me = Http.send("GET", "/api/me", null, null);
		assertEquals(401, me.statusCode());
		assertTrue(me.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic"));
		assertTrue(me.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
		assertEquals(401, Http.json(me).getInt("status"));
	}

	@Test
	void wrongPasswordOrUnknownTokenGives401WithAProblem() {
		for (String authorization : new String[]{Http.basic(Accounts.learner().email(), "wrong"),
				"Bearer ocme_not-a-token", "Basic not-base64!"}) {
			HttpResponse<String> me = Http.send("GET", "/api/me", authorization, null);
			assertEquals(401, me.statusCode(), authorization);
			assertTrue(me.headers().firstValue("WWW-Authenticate").orElse("").contains("Bearer"), authorization);
			assertTrue(me.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
					authorization);
			assertEquals("The credentials are not valid.", Http.json(me).getString("detail"), authorization);
		}
		HttpResponse<String> save = Http.send("PUT", "/api/attempts/1/responses/q1", "Bearer ocme_not-a-token",
				"{\"optionIds\":[\"a\"]}");
		assertEquals(401, save.statusCode(), "a refused call with a body");
		assertEquals(401, Http.json(save).getInt("status"));
	}

	@Test
	void aLearnerIsRefusedDesignerAndAdminCalls() {
		String learner = Accounts.learner().basic();
		assertEquals(200, Http.send("GET", "/api/me", learner, null).statusCode());
		assertEquals(403, Http.send("GET", "/api/users", learner, null).statusCode());
		assertEquals(403, Http.send("GET", "/api/activities/mine", learner, null).statusCode());
		HttpResponse<String> create = Http.send("POST", "/api/activities", learner,
				"{\"title\":\"Not mine to make\",\"format\":\"ON_DEMAND\"}");
		assertEquals(403, create.statusCode());
		assertEquals("Forbidden", Http.json(create).getString("title"));
	}

	@Test
	void anAdminListsUsersPageByPage() {
		String admin = Accounts.admin().basic();
		for (int i = 0; i < 3; i++) {
			Accounts.learner();
		}
		HttpResponse<String> users = Http.send("GET", "/api/users?page=0&size=2", admin, null);
		assertEquals(200, users.statusCode());
		JsonObject page = Http.json(users);
		assertTrue(page.getJsonNumber("total").longValue() >= 4);
		assertEquals(2, page.getJsonArray("items").size());
	}

	@Test
	void aDesignerEditsOnlyTheirOwnDraftsAndInvalidInputIsExplained() {
		String designer = Accounts.designer().basic();
		HttpResponse<String> created = Http.send("POST", "/api/activities", designer,
				"{\"title\":\"Heart failure update\",\"format\":\"ON_DEMAND\",\"summary\":\"HFrEF\"}");
		assertEquals(201, created.statusCode());
		long id = Http.json(created).getJsonNumber("id").longValue();
		long version = Http.json(created).getJsonNumber("version").longValue();

		String otherEmail = "designer-" + System.nanoTime() + "@example.org";
		String other = makeDesigner(otherEmail);
		String edit = "{\"title\":\"Hijacked\",\"version\":" + version + "}";
		assertEquals(403, Http.send("PUT", "/api/activities/" + id, other, edit).statusCode());
		assertEquals(200, Http.send("PUT", "/api/activities/" + id, designer,
				"{\"title\":\"Heart failure update 2026\",\"version\":" + version + "}").statusCode());
		assertEquals(409,
				Http.send("PUT", "/api/activities/" + id, designer,
						"{\"title\":\"Stale edit\",\"version\":" + version + "}").statusCode(),
				"a stale version is refused");

		long otherId = Http.json(Http.send("GET", "/api/me", other, null)).getJsonNumber("id").longValue();
		assertEquals(403, Http.send("PUT", "/api/activities/" + id + "/coauthors/" + otherId, other, null).statusCode(),
				"only the owner shares an activity");
		assertEquals(200,
				Http.send("PUT", "/api/activities/" + id + "/coauthors/" + otherId, designer, null).statusCode());
		assertTrue(Http.send("GET", "/api/activities/mine", other, null).body().contains("\"id\":" + id + ","),
				"a co-author finds the activity among theirs");
		HttpResponse<String> drafts = Http.send("GET", "/api/activities/mine", designer, null);
		long coVersion = -1;
		for (var value : Http.array(drafts)) {
			if (value.asJsonObject().getJsonNumber("id").longValue() == id) {
				coVersion = value.asJsonObject().getJsonNumber("version").longValue();
			}
		}
		assertEquals(200,
				Http.send("PUT", "/api/activities/" + id, other,
						"{\"title\":\"Heart failure update 2026 (co-edited)\",\"version\":" + coVersion + "}")
						.statusCode(),
				"a co-author may edit");
		HttpResponse<String> invalid = Http.send("POST", "/api/activities", designer, "{\"title\":\"\"}");
		assertEquals(400, invalid.statusCode());
		assertEquals(2, Http.json(invalid).getJsonArray("errors").size(), invalid.body());
	}

	@Test
	void registrationWithBadInputNamesEveryFieldAndStoresNothing() {
		String email = "bad-" + System.nanoTime() + "@example.org";
		HttpResponse<String> bad = Http.send("POST", "/api/accounts", null,
				"{\"email\":\"" + email
						+ "\",\"password\":\"short\",\"givenName\":\"\",\"familyName\":\"X\",\"profession\":\"MD\","
						+ "\"npi\":\"1234567890\"}");
		assertEquals(400, bad.statusCode());
		assertEquals(3, Http.json(bad).getJsonArray("errors").size(), bad.body());
		HttpResponse<String> users = Http.send("GET", "/api/users?q=" + email, Accounts.admin().basic(), null);
		assertEquals(0, Http.json(users).getJsonNumber("total").intValue());
	}

	@Test
	void aPharmacyTechnicianRegistersThroughTheApi() {
		String email = "tech-" + System.nanoTime() + "@example.org";
		String password = "a pharmacy technician's passphrase";
		HttpResponse<String> registered = Http.send("POST", "/api/accounts", null,
				"{\"email\":\"" + email + "\",\"password\":\"" + password
						+ "\",\"givenName\":\"Tess\",\"familyName\":\"Tech\",\"profession\":\"PHARMACY_TECHNICIAN\"}");
		assertEquals(201, registered.statusCode(), registered.body());
		HttpResponse<String> me = Http.send("GET", "/api/me", Http.basic(email, password), null);
		assertEquals(200, me.statusCode(), me.body());
		assertEquals("PHARMACY_TECHNICIAN", Http.json(me).getString("profession"));
	}

	@Test
	void aPersonalTokenWorksUntilRevoked() {
		String learner = Accounts.learner().basic();
		HttpResponse<String> created = Http.send("POST", "/api/me/tokens", learner, "{\"name\":\"it-token\"}");
		assertEquals(201, created.statusCode());
		String secret = Http.json(created).getString("secret");
		long id = Http.json(created).getJsonNumber("id").longValue();
		assertEquals(200, Http.send("GET", "/api/me", "Bearer " + secret, null).statusCode());
		assertEquals(204, Http.send("DELETE", "/api/me/tokens/" + id, learner, null).statusCode());
		assertEquals(401, Http.send("GET", "/api/me", "Bearer " + secret, null).statusCode());
	}

	/**
	 * Registers an account through {@code POST /api/accounts} and makes it a
	 * designer.
	 */
	private static String makeDesigner(String email) {
		String password = "another long passphrase";
		HttpResponse<String> registered = Http.send("POST", "/api/accounts", null,
				"{\"email\":\"" + email + "\",\"password\":\"" + password
						+ "\",\"givenName\":\"Other\",\"familyName\":\"Designer\","
						+ "\"profession\":\"PHARMACIST\",\"licences\":[{\"state\":\"OH\",\"number\":\"RPH-1\"}]}");
		assertEquals(201, registered.statusCode(), registered.body());
		String admin = Accounts.admin().basic();
		HttpResponse<String> users = Http.send("GET", "/api/users?q=" + email, admin, null);
		long id = Http.json(users).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
		assertEquals(200, Http.send("PUT", "/api/users/" + id + "/roles/DESIGNER", admin, null).statusCode());
		return Http.basic(email, password);
	}
}
