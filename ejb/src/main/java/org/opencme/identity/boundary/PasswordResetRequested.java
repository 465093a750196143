package org.opencme.identity.boundary;

/**
 * A forgotten-password link was made for an account; the mail with its secret
 * goes out after the transaction commits. The secret lives only in this event
 * and the mail.
 */
public record PasswordResetRequested(String email, String displayName, String secret) {

	@Override
	public String toString() {
		return "PasswordResetRequested[" + email + "]";
	}
}
