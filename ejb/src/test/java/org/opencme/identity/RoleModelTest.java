package org.opencme.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.Profession;
import org.opencme.identity.boundary.Role;
import org.opencme.identity.entity.UserAccount;

class RoleModelTest {

	private UserAccount account() {
		return new UserAccount("  Lena.Learner@Example.ORG ", "Lena", "Learner", Profession.MD, "hash", Instant.EPOCH);
	}

	@Test
	void everyNewAccountIsALearnerOnly() {
		assertEquals(Set.of(Role.LEARNER), account().roles());
	}

	@Test
	void emailIsStoredNormalised() {
		assertEquals("lena.learner@example.org", account().email());
	}

	@Test
	void learnerRoleCannotBeRevoked() {
		UserAccount account = account();
		assertThrows(IllegalArgumentException.class, () -> account.revoke(Role.LEARNER));
		assertTrue(account.hasRole(Role.LEARNER));
	}

	@Test
	void grantAndRevokeOtherRoles() {
		UserAccount account = account();
		account.grant(Role.DESIGNER);
		assertTrue(account.hasRole(Role.DESIGNER));
		account.revoke(Role.DESIGNER);
		assertFalse(account.hasRole(Role.DESIGNER));
	}

	@Test
	void primaryRoleIsTheWidest() {
		assertEquals(Role.ADMIN, Role.primary(EnumSet.of(Role.LEARNER, Role.ADMIN, Role.PROCTOR)));
		assertEquals(Role.DESIGNER, Role.primary(EnumSet.of(Role.LEARNER, Role.DESIGNER)));
		assertEquals(Role.PROCTOR, Role.primary(EnumSet.of(Role.PROCTOR, Role.LEARNER)));
		assertEquals(Role.LEARNER, Role.primary(EnumSet.noneOf(Role.class)));
	}

	@Test
	void onlyLearnerIsNotGrantable() {
		assertFalse(Role.LEARNER.isGrantable());
		assertTrue(Role.PROCTOR.isGrantable() && Role.DESIGNER.isGrantable() && Role.ADMIN.isGrantable());
	}
}
