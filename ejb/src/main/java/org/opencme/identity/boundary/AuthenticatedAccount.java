package org.opencme.identity.boundary;

import java.util.Set;

/**
 * Who signed in: enough to build the caller principal and its groups. The
 * stamps are the account's when it was read ({@link SecurityState}): a session
 * holding older ones re-reads the account or ends.
 */
public record AuthenticatedAccount(long id, String email, String displayName, Set<Role> roles, String timeZone,
		long securityStamp, long credentialStamp) {

	public AuthenticatedAccount {
		roles = Set.copyOf(roles);
	}

	public AuthenticatedAccount(long id, String email, String displayName, Set<Role> roles, String timeZone) {
		this(id, email, displayName, roles, timeZone, 0, 0);
	}

	public Role primaryRole() {
		return Role.primary(roles);
	}
}
