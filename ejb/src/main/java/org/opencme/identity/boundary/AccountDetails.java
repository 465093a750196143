package org.opencme.identity.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.opencme.content.pkg.Profession;
import org.opencme.identity.entity.UserAccount;

/** An account as pages and the API show it: never the password hash. */
public record AccountDetails(long id, String email, String givenName, String familyName, Profession profession,
		String npi, Set<Role> roles, List<LicenceInput> licences, String timeZone, Instant createdAt, boolean enabled) {

	public String displayName() {
		return givenName + " " + familyName;
	}

	public Role primaryRole() {
		return Role.primary(roles);
	}

	static AccountDetails of(UserAccount account) {
		List<LicenceInput> licences = account.licences().stream().map(l -> new LicenceInput(l.state(), l.number()))
				.toList();
		return new AccountDetails(account.id(), account.email(), account.givenName(), account.familyName(),
				account.profession(), account.npi(), account.roles(), licences, account.timeZone(), account.createdAt(),
				account.isEnabled());
	}
}
