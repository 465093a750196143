package org.opencme.identity.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * OWASP ASVS 4.0.3 V2.1: at least 12 characters and at most 128 (counted as
 * Unicode code points, so any character, emoji included, counts as one), no
 * composition rules, not the e-mail address, and not on the shipped list of
 * common and breached passwords ({@code common-passwords.txt}, compared without
 * regard to case). The password is never trimmed or truncated; it is measured
 * and compared in the NFKC form it is hashed in
 * ({@link PasswordHasher#normalise}).
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;
	public static final int MAX_LENGTH = 128;
	static final String LIST = "common-passwords.txt";

	private PasswordPolicy() {
	}

	/** Why the password is not acceptable, or empty when it is. */
	public static Optional<String> problem(String typed, String email) {
		String password = PasswordHasher.normalise(typed);
		int length = password == null ? 0 : password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("The password must have at least " + MIN_LENGTH + " characters.");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("The password must have at most " + MAX_LENGTH + " characters.");
		}
		if (email != null && password.equalsIgnoreCase(email.trim())) {
			return Optional.of("The password must not be the e-mail address.");
		}
		if (isCommon(password)) {
			return Optional.of("This password is on a list of common or breached passwords: choose another one.");
		}
		return Optional.empty();
	}

	/** Whether the password is on the shipped list, whatever its case. */
	public static boolean isCommon(String password) {
		return password != null
				&& Common.PASSWORDS.contains(PasswordHasher.normalise(password).toLowerCase(Locale.ROOT));
	}

	static int listSize() {
		return Common.PASSWORDS.size();
	}

	/** Loaded once, on first use. */
	private static final class Common {
		static final Set<String> PASSWORDS = load();

		private static Set<String> load() {
			Set<String> passwords = new HashSet<>(64_000);
			try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
				if (in == null) {
					throw new IllegalStateException(LIST + " is missing from the application");
				}
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					if (!line.isEmpty() && !line.startsWith("# ")) {
						passwords.add(line.toLowerCase(Locale.ROOT));
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return Set.copyOf(passwords);
		}
	}
}
