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
 * Password guessing is slowed on the sign-in form, HTTP Basic and tokens: after
 * 4 free failures the account is locked from that address (429 with Retry-After
 * in the API, "Too many attempts" on the page), the right password too, until
 * the window passes; from another address it is not. The client address comes
 * from X-Forwarded-For, which the test server trusts from loopback
 * ({@code -Dopencme.trusted.proxies=127.0.0.1}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottlingIT {

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	private static HttpResponse<String> me(String authorization, String address) {
		return Http.send("GET", "/api/me", authorization, null, Map.of("X-Forwarded-For", address));
	}

	@Test
	void basicIsLockedPerAccountAndAddressUntilTheWindowPasses() throws InterruptedException {
		String email = Accounts.uniqueEmail("guessed");
		Accounts.register(email);
		String guesser = Accounts.uniqueAddress();
		for (int i = 1; i <= 4; i++) {
			assertEquals(401, me(Http.basic(email, "guess number " + i), guesser).statusCode(), "free try " + i);
		}
		HttpResponse<String> locked = me(Http.basic(email, "guess number 5"), guesser);
		assertEquals(429, locked.statusCode(), locked.body());
		assertEquals("15", locked.headers().firstValue("Retry-After").orElse(""));
		assertTrue(locked.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
		assertEquals("Too many attempts, try again in 15 seconds.", Http.json(locked).getString("detail"));

		HttpResponse<String> right = me(Http.basic(email, Accounts.PASSWORD), guesser);
		assertEquals(429, right.statusCode(), "the right password is not even checked while locked");
		long retryAfter = Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow());
		assertTrue(retryAfter >= 1 && retryAfter <= 15, "Retry-After " + retryAfter);
		assertEquals(200, me(Http.basic(email, Accounts.PASSWORD), Accounts.uniqueAddress()).statusCode(),
				"the real user from another address is not locked out");

		Thread.sleep(retryAfter * 1000 + 500);
		assertEquals(200, me(Http.basic(email, Accounts.PASSWORD), guesser).statusCode(), "the window passed");
	}

	@Test
	void theSignInFormSaysHowLongToWait() {
		String email = Accounts.uniqueEmail("form-guessed");
		Accounts.register(email);
		WebSession guesser = new WebSession(Accounts.uniqueAddress());
		for (int i = 1; i <= 4; i++) {
			assertTrue(guesser.signIn(email, "form guess " + i).body()
					.contains("The e-mail address or password is not correct."), "free try " + i);
		}
		assertTrue(
				guesser.signIn(email, "form guess 5").body().contains("Too many attempts, try again in 15 seconds."));
		HttpResponse<String> right = guesser.signIn(email, Accounts.PASSWORD);
		assertEquals(200, right.statusCode(), "not signed in");
		assertTrue(right.body().contains("Too many attempts, try again in"), right.body());
		assertEquals(302, new WebSession(Accounts.uniqueAddress()).signIn(email, Accounts.PASSWORD).statusCode(),
				"from another address the right password signs in");
	}

	@Test
	void badTokensLockTheAddress() {
		String email = Accounts.uniqueEmail("token-guesser");
		Accounts.register(email);
		String token = "Bearer " + Http.json(
				Http.send("POST", "/api/me/tokens", Http.basic(email, Accounts.PASSWORD), "{\"name\":\"script\"}"))
				.getString("secret");
		String guesser = Accounts.uniqueAddress();
		for (int i = 1; i <= 50; i++) {
			assertEquals(401, me("Bearer ocme_guess" + i, guesser).statusCode(), "free try " + i);
		}
		HttpResponse<String> locked = me("Bearer ocme_guess51", guesser);
		assertEquals(429, locked.statusCode());
		assertEquals("15", locked.headers().firstValue("Retry-After").orElse(""));
		assertEquals(429, me(token, guesser).statusCode(), "a valid token from that address waits too");
		assertEquals(200, me(token, Accounts.uniqueAddress()).statusCode());
	}
}
