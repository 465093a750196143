package org.opencme.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.audit.entity.AuditEntry;
import org.opencme.content.pkg.Profession;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.PasswordResetService;
import org.opencme.identity.boundary.RegistrationRequest;
import org.opencme.identity.boundary.SignInGuard;
import org.opencme.identity.control.TokenHasher;
import org.opencme.platform.boundary.InvalidInputException;

/**
 * Inside the server: reset links are stored as hashes and refused once expired;
 * every sign-in lock is audited.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityHardeningIT {

	@Deployment
	static EnterpriseArchive deployment() {
		return Deployments.earWithTests();
	}

	@Inject
	AccountService accounts;

	@Inject
	PasswordResetService resets;

	@Inject
	SignInGuard guard;

	@Inject
	AuditLog audit;

	private long register(String email) {
		return accounts.register(
				new RegistrationRequest(email, "a long passphrase", "Rhea", "Reset", Profession.RN, null, List.of()));
	}

	private static DataSource dataSource() throws NamingException {
		return (DataSource) new InitialContext().lookup("java:jboss/datasources/OpenCMEDS");
	}

	@Test
	void aLinkIsStoredAsItsHashForOneHour() throws Exception {
		String email = Deployments.unique("reset-stored") + "@example.org";
		long id = register(email);
		assertEquals(java.time.Duration.ZERO, resets.request(email, Deployments.unique("addr")));
		try (Connection c = dataSource().getConnection();
				PreparedStatement q = c.prepareStatement(
						"SELECT token_hash, created_at, expires_at, used_at FROM password_reset WHERE user_id = ?")) {
			q.setLong(1, id);
			try (ResultSet row = q.executeQuery()) {
				assertTrue(row.next(), "a link was made");
				assertTrue(row.getString(1).matches("[0-9a-f]{64}"), "only a SHA-256 is stored");
				OffsetDateTime created = row.getObject(2, OffsetDateTime.class);
				OffsetDateTime expires = row.getObject(3, OffsetDateTime.class);
				assertEquals(Duration.ofHours(1), Duration.between(created, expires));
				assertEquals(null, row.getObject(4));
			}
		}
	}

	@Test
	void anExpiredLinkIsRefused() throws SQLException, NamingException {
		String email = Deployments.unique("reset-expired") + "@example.org";
		long id = register(email);
		String secret = TokenHasher.newSecret();
		OffsetDateTime sent = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(61);
		try (Connection c = dataSource().getConnection();
				PreparedStatement insert = c.prepareStatement(
						"INSERT INTO password_reset (id, user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
			insert.setLong(1, 9_000_000_000L + System.nanoTime() % 1_000_000_000L);
			insert.setLong(2, id);
			insert.setString(3, TokenHasher.sha256(secret));
			insert.setObject(4, sent);
			insert.setObject(5, sent.plusHours(1));
			insert.executeUpdate();
		}
		InvalidInputException refused = assertThrows(InvalidInputException.class,
				() -> resets.reset(secret, "a new passphrase here"));
		assertTrue(refused.fieldErrors().containsKey("token"));
		assertTrue(accounts.authenticate(email, "a long passphrase").isPresent(), "the password is unchanged");
	}

	@Test
	void everySignInLockIsAudited() {
		String address = "203.0.113." + (1 + System.nanoTime() % 250);
		String account = Deployments.unique("throttled") + "@example.org";
		for (int i = 0; i < 5; i++) {
			assertEquals(Duration.ZERO, guard.admit(account, address));
			guard.failed(account, address, "BASIC");
		}
		List<AuditEntry> entries = audit.forRecord("SignIn", address).stream().filter(e -> e.detail().contains(account))
				.toList();
		assertEquals(1, entries.size(), "the fifth failure locked, and was audited");
		assertEquals("SIGN_IN_THROTTLED", entries.get(0).action());
		assertTrue(entries.get(0).detail().contains("way=BASIC"), entries.get(0).detail());
		assertTrue(entries.get(0).detail().contains("locked=15s"), entries.get(0).detail());
	}
}
