package org.opencme.identity.boundary;

import java.util.Set;
import org.opencme.identity.entity.Role;

/** Who signed in: enough to build the caller principal and its groups. */
public record AuthenticatedAccount(long id, String email, String displayName, Set<Role> roles, String timeZone) {

	public AuthenticatedAccount {
		roles = Set.copyOf(roles);
	}

	public Role primaryRole() {
		return Role.primary(roles);
	}
}
