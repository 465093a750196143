package org.opencme.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.Profession;
import org.opencme.identity.boundary.Role;
import org.opencme.identity.entity.PasswordReset;
import org.opencme.identity.entity.UserAccount;

/**
 * What each change of an account does to open sessions; how long a reset link
 * lives.
 */
class AccountStampsTest {

	private final UserAccount account = new UserAccount("a@example.org", "A", "B", Profession.MD, "hash",
			Instant.EPOCH);

	@Test
	void roleChangesMakeSessionsReReadButNotEnd() {
		long security = account.securityStamp();
		long credential = account.credentialStamp();
		account.grant(Role.DESIGNER);
		assertEquals(security + 1, account.securityStamp());
		account.grant(Role.DESIGNER);
		assertEquals(security + 1, account.securityStamp(), "granting a held role changes nothing");
		account.revoke(Role.DESIGNER);
		assertEquals(security + 2, account.securityStamp());
		assertEquals(credential, account.credentialStamp());
	}

	@Test
	void aNewPasswordAndDeactivationEndSessions() {
		long credential = account.credentialStamp();
		account.changePasswordHash("other");
		assertEquals(credential + 1, account.credentialStamp());
		account.deactivate();
		assertFalse(account.isEnabled());
		assertEquals(credential + 2, account.credentialStamp());
		long security = account.securityStamp();
		account.reactivate();
		assertTrue(account.isEnabled());
		assertEquals(security + 1, account.securityStamp());
		assertEquals(credential + 2, account.credentialStamp(), "old sessions stay ended");
	}

	@Test
	void aResetLinkWorksOnceAndForOneHour() {
		Instant sent = Instant.parse("2026-12-02T10:00:00Z");
		PasswordReset reset = new PasswordReset(1, "hash", sent);
		assertTrue(reset.isUsable(sent.plus(Duration.ofMinutes(59))));
		assertFalse(reset.isUsable(sent.plus(Duration.ofHours(1))), "expired");
		reset.use(sent.plusSeconds(60));
		assertFalse(reset.isUsable(sent.plusSeconds(61)), "used");
	}
}
