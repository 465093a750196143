package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh accounts made through the API, so that no test signs in as a demo
 * account or depends on what earlier runs left in one.
 */
final class Accounts {

	static final String PASSWORD = "a fresh passphrase 2026";

	/** A registered account: its id, e-mail and HTTP Basic credentials. */
	record Account(long id, String email, String basic) {
	}

	private Accounts() {
	}

	static String uniqueEmail(String prefix) {
		return prefix + "-" + System.nanoTime() + "@example.org";
	}

	/** A client address of the documentation range, one per test. */
	static String uniqueAddress() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		return "198.51." + r.nextInt(100, 255) + "." + r.nextInt(1, 255);
	}

	/** Registers a learner with {@link #PASSWORD}; the account id. */
	static long register(String email) {
		HttpResponse<String> registered = Http.send("POST", "/api/accounts", null,
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
						+ "\",\"givenName\":\"Sam\",\"familyName\":\"Secure\",\"profession\":\"MD\"}");
		assertEquals(201, registered.statusCode(), registered.body());
		return Http.json(registered).getJsonNumber("id").longValue();
	}

	/**
	 * A new learner of another profession (a nurse practitioner for IPCE, ANCC and
	 * AANP credit, a registered nurse for a certificate of participation).
	 */
	static Account learner(String prefix, String profession, String givenName, String familyName) {
		String email = uniqueEmail(prefix);
		HttpResponse<String> registered = Http.send("POST", "/api/accounts", null,
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"givenName\":\"" + givenName
						+ "\",\"familyName\":\"" + familyName + "\",\"profession\":\"" + profession + "\"}");
		assertEquals(201, registered.statusCode(), registered.body());
		return new Account(Http.json(registered).getJsonNumber("id").longValue(), email, Http.basic(email, PASSWORD));
	}

	/** A new learner (every account is one). */
	static Account learner() {
		String email = uniqueEmail("learner");
		return new Account(register(email), email, Http.basic(email, PASSWORD));
	}

	/** A new course designer. */
	static Account designer() {
		return withRoles("designer", "DESIGNER");
	}

	/** A new proctor. */
	static Account proctor() {
		return withRoles("proctor", "PROCTOR");
	}

	/** A new administrator. */
	static Account admin() {
		return withRoles("admin", "ADMIN");
	}

	/**
	 * Registers a new account and grants it {@code roles}. Only an administrator
	 * grants roles, and the test server's only administrator at the start is the
	 * demo one (the environment's first administrator is made only on an
	 * installation without any), so this is the one place the demo administrator is
	 * used: to bootstrap the roles of a fresh account. Tests then act as that
	 * account, never as the demo one.
	 */
	static Account withRoles(String prefix, String... roles) {
		String demoAdmin = Http.basic("admin@demo.opencme.org", "Admin-demo-2026");
		String email = uniqueEmail(prefix);
		long id = register(email);
		for (String role : roles) {
			HttpResponse<String> granted = Http.send("PUT", "/api/users/" + id + "/roles/" + role, demoAdmin, null);
			assertEquals(200, granted.statusCode(), role + ": " + granted.body());
		}
		return new Account(id, email, Http.basic(email, PASSWORD));
	}
}
