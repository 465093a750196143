package org.opencme.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** PBKDF2 hashes of NFKC-normalised passwords (ASVS 4.0.3 V2.1, V2.4). */
class PasswordHasherTest {

	private final PasswordHasher hasher = new PasswordHasher(1_000);

	@Test
	void verifiesTheSamePasswordAndNoOther() {
		String stored = hasher.hash("correct horse battery");
		assertTrue(hasher.verify("correct horse battery", stored));
		assertFalse(hasher.verify("correct horse batterY", stored));
		assertFalse(hasher.verify(null, stored));
		assertFalse(hasher.verify("correct horse battery", "not-a-hash"));
	}

	@Test
	void aComposedAndADecomposedLetterAreOnePassword() {
		String composed = "Caf\u00e9 au lait, merci";
		String decomposed = "Cafe\u0301 au lait, merci";
		assertFalse(composed.equals(decomposed));
		assertTrue(hasher.verify(decomposed, hasher.hash(composed)));
		assertTrue(hasher.verify(composed, hasher.hash(decomposed)));
	}

	@Test
	void compatibilityFormsMatchTheirPlainCharacters() {
		String fullWidth = "\uFF30\uFF41\uFF53\uFF53 phrase 2026"; // "Ｐａｓｓ phrase 2026"
		assertTrue(hasher.verify("Pass phrase 2026", hasher.hash(fullWidth)));
		assertTrue(hasher.verify("\uFB01sh and chips", hasher.hash("fish and chips")), "the ligature fi");
	}

	@Test
	void aHashMadeBeforeNormalisationStillVerifiesAsTyped() throws GeneralSecurityException {
		String typed = "Cafe\u0301 au lait, merci";
		byte[] salt = new byte[16];
		PBEKeySpec spec = new PBEKeySpec(typed.toCharArray(), salt, 1_000, 256);
		byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
		String legacy = "pbkdf2-sha256$1000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
		assertTrue(hasher.verify(typed, legacy));
		assertFalse(hasher.verify("Cafe au lait, merci", legacy));
	}

	@Test
	void theCostTravelsWithTheHash() {
		String stored = hasher.hash("correct horse battery");
		assertEquals("1000", stored.split("\\$")[1]);
		assertTrue(new PasswordHasher(2_000).needsRehash(stored));
		assertFalse(hasher.needsRehash(stored));
		assertTrue(new PasswordHasher(2_000).verify("correct horse battery", stored));
	}
}
