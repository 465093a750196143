package org.opencme.identity.control;

import java.util.Optional;

/**
 * NIST SP 800-63B style: long enough, not absurdly long, and not the e-mail
 * address itself.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;
	public static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	/** Why the password is not acceptable, or empty when it is. */
	public static Optional<String> problem(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("The password must have at least " + MIN_LENGTH + " characters.");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("The password must have at most " + MAX_LENGTH + " characters.");
		}
		if (email != null && password.equalsIgnoreCase(email.trim())) {
			return Optional.of("The password must not be the e-mail address.");
		}
		return Optional.empty();
	}
}
