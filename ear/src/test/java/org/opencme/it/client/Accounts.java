package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh accounts for the identity tests, made through the API. */
final class Accounts {

	static final String ADMIN = Http.basic("admin@demo.opencme.org", "Admin-demo-2026");
	static final String PASSWORD = "a fresh passphrase 2026";

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
}
