package org.opencme.identity.web;

import java.io.Serializable;
import java.util.Set;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.Role;
import org.opencme.platform.boundary.ProviderCalendar;

/**
 * Who is signed in, kept in the HTTP session (pages) or the request (API
 * calls). The stamps are the account's when this was read: each request of the
 * session compares them with the account's
 * ({@link OpenCmeAuthenticationMechanism}).
 */
public record SignedInCaller(long accountId, String email, String displayName, Set<Role> roles, String timeZone,
		long securityStamp, long credentialStamp) implements Serializable {

	static final String ATTRIBUTE = "org.opencme.caller";
	static final String DEFAULT_ZONE = ProviderCalendar.ZONE.getId();

	public SignedInCaller {
		roles = Set.copyOf(roles);
		timeZone = timeZone == null ? DEFAULT_ZONE : timeZone;
	}

	public SignedInCaller(long accountId, String email, String displayName, Set<Role> roles, String timeZone) {
		this(accountId, email, displayName, roles, timeZone, 0, 0);
	}

	static SignedInCaller of(AuthenticatedAccount account) {
		return new SignedInCaller(account.id(), account.email(), account.displayName(), account.roles(),
				account.timeZone(), account.securityStamp(), account.credentialStamp());
	}

	public AuthenticatedAccount asAccount() {
		return new AuthenticatedAccount(accountId, email, displayName, roles, timeZone, securityStamp, credentialStamp);
	}

	public Set<String> groups() {
		return roles.stream().map(Role::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	public Role primaryRole() {
		return Role.primary(roles);
	}
}
