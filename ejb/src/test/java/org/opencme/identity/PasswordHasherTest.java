package org.opencme.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opencme.identity.control.PasswordHasher;

class PasswordHasherTest {

	private final PasswordHasher hasher = new PasswordHasher();

	@Test
	void hashUsesPbkdf2Sha256WithOwaspIterationCount() {
		String hash = hasher.hash("correct horse battery");
		String[] parts = hash.split("\\$");
		assertEquals("pbkdf2-sha256", parts[0]);
		assertTrue(Integer.parseInt(parts[1]) >= 600_000, "OWASP asks for at least 600,000 iterations");
		assertEquals(PasswordHasher.ITERATIONS, Integer.parseInt(parts[1]));
	}

	@Test
	void verifiesTheRightPasswordOnly() {
		String hash = hasher.hash("correct horse battery");
		assertTrue(hasher.verify("correct horse battery", hash));
		assertFalse(hasher.verify("correct horse batterY", hash));
		assertFalse(hasher.verify("", hash));
		assertFalse(hasher.verify(null, hash));
	}

	@Test
	void saltsEveryHash() {
		assertNotEquals(hasher.hash("same password"), hasher.hash("same password"));
	}

	@Test
	void malformedStoredHashesNeverMatch() {
		assertFalse(hasher.verify("x", null));
		assertFalse(hasher.verify("x", "plain-text"));
		assertFalse(hasher.verify("x", "pbkdf2-sha256$600000$!!!$???"));
		assertFalse(hasher.verify("x", "md5$1$a$b"));
	}

	@Test
	void aWeakerStoredHashNeedsRehash() {
		String weak = "pbkdf2-sha256$2048$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
		assertTrue(hasher.needsRehash(weak));
		assertFalse(hasher.needsRehash(hasher.hash("fresh password")));
	}
}
