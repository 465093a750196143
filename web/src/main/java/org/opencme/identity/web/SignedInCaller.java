package org.opencme.identity.web;

import java.io.Serializable;
import java.util.Set;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.entity.Role;
import org.opencme.platform.boundary.ProviderCalendar;

/**
 * Who is signed in, kept in the HTTP session (pages) or the request (API
 * calls).
 */
public record SignedInCaller(long accountId, String email, String displayName, Set<Role> roles,
		String timeZone) implements Serializable {

	static final String ATTRIBUTE = "org.opencme.caller";
	static final String DEFAULT_ZONE = ProviderCalendar.ZONE.getId();

	public SignedInCaller {
		roles = Set.copyOf(roles);
		timeZone = timeZone == null ? DEFAULT_ZONE : timeZone;
	}

	static SignedInCaller of(AuthenticatedAccount account) {
		return new SignedInCaller(account.id(), account.email(), account.displayName(), account.roles(),
				account.timeZone());
	}

	public AuthenticatedAccount asAccount() {
		return new AuthenticatedAccount(accountId, email, displayName, roles, timeZone);
	}

	public Set<String> groups() {
		return roles.stream().map(Role::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	public Role primaryRole() {
		return Role.primary(roles);
	}
}
