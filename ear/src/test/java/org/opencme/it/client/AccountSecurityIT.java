package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.it.Deployments;

/**
 * Roles, deactivation and passwords take effect on the next request of every
 * open session and token; the password rules; changing a password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountSecurityIT {

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	private static WebSession signedIn(String email, String password) {
		WebSession session = new WebSession(Accounts.uniqueAddress());
		HttpResponse<String> signIn = session.signIn(email, password);
		assertEquals(302, signIn.statusCode(), "signed in: " + signIn.body());
		return session;
	}

	private static boolean signedOut(HttpResponse<String> page) {
		return page.statusCode() == 302 && page.headers().firstValue("Location").orElse("").contains("/login.xhtml");
	}

	@Test
	void aRevokedRoleStopsWorkingInAnOpenSessionAtItsNextRequest() {
		String admin = Accounts.admin().basic();
		String email = Accounts.uniqueEmail("revoked");
		long id = Accounts.register(email);
		assertEquals(200, Http.send("PUT", "/api/users/" + id + "/roles/DESIGNER", admin, null).statusCode());
		WebSession session = signedIn(email, Accounts.PASSWORD);
		assertEquals(200, session.get("/designer/home.xhtml").statusCode());
		assertEquals(200, session.api("GET", "/api/activities/mine").statusCode());

		assertEquals(200, Http.send("DELETE", "/api/users/" + id + "/roles/DESIGNER", admin, null).statusCode());
		assertEquals(403, session.get("/designer/home.xhtml").statusCode(), "the designer page, at once");
		assertEquals(403, session.api("GET", "/api/activities/mine").statusCode(), "the API with the cookie");
		assertEquals(200, session.get("/learner/home.xhtml").statusCode(), "the session itself goes on");

		assertEquals(200, Http.send("PUT", "/api/users/" + id + "/roles/ADMIN", admin, null).statusCode());
		assertEquals(200, session.get("/admin/users.xhtml").statusCode(), "a granted role, at once too");
	}

	@Test
	void deactivationEndsSessionsBasicAndTokensAtOnce() {
		Accounts.Account admin = Accounts.admin();
		String email = Accounts.uniqueEmail("deactivated");
		long id = Accounts.register(email);
		String basic = Http.basic(email, Accounts.PASSWORD);
		String token = "Bearer "
				+ Http.json(Http.send("POST", "/api/me/tokens", basic, "{\"name\":\"script\"}")).getString("secret");
		WebSession session = signedIn(email, Accounts.PASSWORD);
		assertEquals(200, session.api("GET", "/api/me").statusCode());
		assertEquals(200, Http.send("GET", "/api/me", token, null).statusCode());

		HttpResponse<String> off = Http.send("PUT", "/api/users/" + id + "/enabled", admin.basic(),
				"{\"enabled\":false}");
		assertEquals(200, off.statusCode(), off.body());
		assertEquals(false, Http.json(off).getBoolean("enabled"));
		assertTrue(signedOut(session.get("/learner/home.xhtml")), "the session ended");
		assertEquals(401, session.api("GET", "/api/me").statusCode());
		assertEquals(401, Http.send("GET", "/api/me", basic, null).statusCode());
		assertEquals(401, Http.send("GET", "/api/me", token, null).statusCode());
		assertEquals(403,
				Http.send("PUT", "/api/users/" + admin.id() + "/enabled", admin.basic(), "{\"enabled\":false}")
						.statusCode(),
				"an administrator cannot deactivate themselves");

		assertEquals(200,
				Http.send("PUT", "/api/users/" + id + "/enabled", admin.basic(), "{\"enabled\":true}").statusCode());
		assertTrue(signedOut(session.get("/learner/home.xhtml")), "an ended session stays ended");
		assertEquals(200, Http.send("GET", "/api/me", basic, null).statusCode());
	}

	@Test
	void changingThePasswordEndsEveryOtherSessionAndEveryToken() {
		String email = Accounts.uniqueEmail("changed");
		Accounts.register(email);
		String basic = Http.basic(email, Accounts.PASSWORD);
		String token = "Bearer "
				+ Http.json(Http.send("POST", "/api/me/tokens", basic, "{\"name\":\"script\"}")).getString("secret");
		WebSession mine = signedIn(email, Accounts.PASSWORD);
		WebSession other = signedIn(email, Accounts.PASSWORD);

		HttpResponse<String> wrong = mine.submit("/me/password.xhtml", "password",
				Map.of("currentPassword", "not my password", "newPassword", "a brand new passphrase"), "change");
		assertTrue(wrong.body().contains("The current password is not correct."), wrong.body());
		HttpResponse<String> common = mine.submit("/me/password.xhtml", "password",
				Map.of("currentPassword", Accounts.PASSWORD, "newPassword", "password1234"), "change");
		assertTrue(common.body().contains("common or breached"), common.body());
		assertEquals(200, other.get("/learner/home.xhtml").statusCode(), "refused changes end nothing");

		String changed = "a brand new passphrase";
		HttpResponse<String> done = mine.submit("/me/password.xhtml", "password",
				Map.of("currentPassword", Accounts.PASSWORD, "newPassword", changed), "change");
		assertTrue(done.body().contains("Your password is changed."), done.body());
		assertEquals(200, mine.get("/learner/home.xhtml").statusCode(), "the changing session goes on");
		assertTrue(signedOut(other.get("/learner/home.xhtml")), "the other session ended");
		assertEquals(401, other.api("GET", "/api/me").statusCode());
		assertEquals(401, Http.send("GET", "/api/me", token, null).statusCode(), "tokens end");
		assertEquals(401, Http.send("GET", "/api/me", basic, null).statusCode(), "the old password is refused");
		assertEquals(200, Http.send("GET", "/api/me", Http.basic(email, changed), null).statusCode());
	}

	@Test
	void theApiChangesThePasswordWithTheCurrentOne() {
		String email = Accounts.uniqueEmail("api-change");
		Accounts.register(email);
		String basic = Http.basic(email, Accounts.PASSWORD);
		WebSession session = signedIn(email, Accounts.PASSWORD);
		HttpResponse<String> wrong = Http.send("PUT", "/api/me/password", basic,
				"{\"currentPassword\":\"not it at all\",\"newPassword\":\"another new passphrase\"}");
		assertEquals(400, wrong.statusCode(), wrong.body());
		assertEquals("currentPassword", Http.json(wrong).getJsonArray("errors").getJsonObject(0).getString("field"));
		HttpResponse<String> tooShort = Http.send("PUT", "/api/me/password", basic,
				"{\"currentPassword\":\"" + Accounts.PASSWORD + "\",\"newPassword\":\"elevenchars\"}");
		assertEquals(400, tooShort.statusCode());
		assertEquals("newPassword", Http.json(tooShort).getJsonArray("errors").getJsonObject(0).getString("field"));

		assertEquals(204, Http.send("PUT", "/api/me/password", basic,
				"{\"currentPassword\":\"" + Accounts.PASSWORD + "\",\"newPassword\":\"another new passphrase\"}")
				.statusCode());
		assertTrue(signedOut(session.get("/learner/home.xhtml")));
		assertEquals(401, Http.send("GET", "/api/me", basic, null).statusCode());
		assertEquals(200, Http.send("GET", "/api/me", Http.basic(email, "another new passphrase"), null).statusCode());
	}

	@Test
	void registrationAppliesThePasswordRules() {
		for (String weak : new String[]{"password12", "elevenchars", "password1234", "Qwerty123456"}) {
			HttpResponse<String> refused = Http.send("POST", "/api/accounts", null,
					"{\"email\":\"" + Accounts.uniqueEmail("weak") + "\",\"password\":\"" + weak
							+ "\",\"givenName\":\"W\",\"familyName\":\"Eak\",\"profession\":\"MD\"}");
			assertEquals(400, refused.statusCode(), weak);
			assertEquals("password", Http.json(refused).getJsonArray("errors").getJsonObject(0).getString("field"),
					weak);
		}
		HttpResponse<String> unicode = Http.send("POST", "/api/accounts", null, "{\"email\":\""
				+ Accounts.uniqueEmail("unicode")
				+ "\",\"password\":\"Grüße 🫀 aus Köln\",\"givenName\":\"U\",\"familyName\":\"Ni\",\"profession\":\"MD\"}");
		assertEquals(201, unicode.statusCode(), unicode.body());
	}
}
