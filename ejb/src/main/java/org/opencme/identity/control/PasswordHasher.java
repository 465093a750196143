package org.opencme.identity.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with a 16-byte random salt and 600,000 iterations (OWASP
 * 2023+). The stored form {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}
 * carries its own cost, so the cost can be raised later and old hashes still
 * verify ({@link #needsRehash}). Passwords are hashed in Unicode normalisation
 * form NFKC (ASVS 4.0.3 V2.1, NIST SP 800-63B 5.1.1.2), so the same password
 * typed on another keyboard or system (a composed or decomposed "é", a
 * full-width digit) still matches; a hash made before normalisation still
 * verifies against the password as it was typed.
 */
public final class PasswordHasher {

	public static final int ITERATIONS = 600_000;
	private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
	private static final String SCHEME = "pbkdf2-sha256";
	private static final int SALT_BYTES = 16;
	private static final int KEY_BITS = 256;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final int iterations;

	public PasswordHasher() {
		this(ITERATIONS);
	}

	PasswordHasher(int iterations) {
		this.iterations = iterations;
	}

	public String hash(String password) {
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		byte[] key = derive(normalise(password), salt, iterations);
		Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
		return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
	}

	/**
	 * Checks a password against a stored hash in constant time; a malformed hash
	 * never matches.
	 */
	public boolean verify(String password, String stored) {
		String[] parts = stored == null ? new String[0] : stored.split("\\$");
		if (parts.length != 4 || !SCHEME.equals(parts[0]) || password == null) {
			return false;
		}
		try {
			int cost = Integer.parseInt(parts[1]);
			byte[] salt = Base64.getDecoder().decode(parts[2]);
			byte[] expected = Base64.getDecoder().decode(parts[3]);
			String normalised = normalise(password);
			boolean matches = MessageDigest.isEqual(expected, derive(normalised, salt, cost));
			// A password set before hashes were normalised: only where normalising changed
			// it.
			return matches
					|| !normalised.equals(password) && MessageDigest.isEqual(expected, derive(password, salt, cost));
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	public boolean needsRehash(String stored) {
		String[] parts = stored.split("\\$");
		return parts.length != 4 || !SCHEME.equals(parts[0]) || Integer.parseInt(parts[1]) < iterations;
	}

	/** The form a password is hashed and measured in: Unicode NFKC. */
	public static String normalise(String password) {
		return password == null ? null : Normalizer.normalize(password, Normalizer.Form.NFKC);
	}

	private static byte[] derive(String password, byte[] salt, int cost) {
		PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, cost, KEY_BITS);
		try {
			return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
		} finally {
			spec.clearPassword();
		}
	}
}
