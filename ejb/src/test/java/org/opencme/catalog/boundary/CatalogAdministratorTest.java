package org.opencme.catalog.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.Role;
import org.opencme.platform.boundary.NotPermittedException;

/**
 * Only administrators change synonyms or ask for a rebuild, whatever calls the
 * boundary.
 */
class CatalogAdministratorTest {

	@Test
	void anAdministratorIsRecordedByEmail() {
		AuthenticatedAccount admin = new AuthenticatedAccount(1, "a@example.org", "A", Set.of(Role.ADMIN), "UTC");
		assertEquals("a@example.org", SynonymService.administrator(admin));
	}

	@Test
	void designersAndLearnersAreRefused() {
		for (Set<Role> roles : java.util.List.of(Set.of(Role.DESIGNER), Set.of(Role.LEARNER, Role.PROCTOR))) {
			AuthenticatedAccount other = new AuthenticatedAccount(2, "d@example.org", "D", roles, "UTC");
			assertThrows(NotPermittedException.class, () -> SynonymService.administrator(other));
		}
	}
}
