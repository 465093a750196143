package org.opencme.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API token secrets: 32 random bytes, so a fast SHA-256 is enough to store them
 * (unlike passwords, they cannot be guessed from a dictionary).
 */
public final class TokenHasher {

	public static final String PREFIX = "ocme_";
	private static final SecureRandom RANDOM = new SecureRandom();

	private TokenHasher() {
	}

	public static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String sha256(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 missing", e);
		}
	}

	/**
	 * The first characters of a secret, shown on the profile page to recognise a
	 * token.
	 */
	public static String visiblePrefix(String secret) {
		return secret.substring(0, Math.min(secret.length(), PREFIX.length() + 6));
	}
}
