package org.opencme.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.identity.control.ResetRequestLimit;
import org.opencme.identity.control.TokenHasher;
import org.opencme.identity.entity.PasswordReset;
import org.opencme.identity.entity.UserAccount;
import org.opencme.platform.boundary.InvalidInputException;

/**
 * Forgotten passwords: a single-use link, valid for an hour, sent to the
 * account's e-mail address. Asking answers the same whether or not the address
 * belongs to an account (the mail is sent after the commit, on another thread,
 * so neither the answer nor its time tells). At most one link a minute per
 * account, so nobody can flood a mailbox, and
 * {@link ResetRequestLimit#PER_HOUR} requests an hour per client address, so
 * nobody can mail many.
 */
@Stateless
public class PasswordResetService {

	static final Duration ONE_LINK_PER = Duration.ofMinutes(1);
	static final String INVALID_LINK = "This link is not valid: it was used already, it expired, or it is wrong. Ask for a new one.";

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	AccountService accounts;

	@Inject
	AuditLog audit;

	@Inject
	Clock clock;

	@Inject
	Event<PasswordResetRequested> requested;

	@Inject
	ResetRequestLimit limit;

	/**
	 * Sends a link when the e-mail is an active account's; otherwise nothing. Zero
	 * when the request was taken (whatever the address), otherwise how long the
	 * client address must wait: it asked too often, and nothing was looked up.
	 */
	public Duration request(String email, String clientAddress) {
		Duration wait = limit.admit(clientAddress);
		if (!wait.isZero()) {
			return wait;
		}
		send(email);
		return Duration.ZERO;
	}

	private void send(String email) {
		String normalised = UserAccount.normaliseEmail(email);
		Optional<UserAccount> account = em
				.createQuery("SELECT u FROM UserAccount u WHERE u.email = :email", UserAccount.class)
				.setParameter("email", normalised).getResultStream().filter(UserAccount::isEnabled).findFirst();
		if (account.isEmpty()) {
			return;
		}
		Instant now = Instant.now(clock);
		long recent = em
				.createQuery("SELECT COUNT(r) FROM PasswordReset r WHERE r.userId = :id AND r.createdAt > :since",
						Long.class)
				.setParameter("id", account.get().id()).setParameter("since", now.minus(ONE_LINK_PER))
				.getSingleResult();
		if (recent > 0) {
			return;
		}
		String secret = TokenHasher.newSecret();
		em.persist(new PasswordReset(account.get().id(), TokenHasher.sha256(secret), now));
		audit.record(normalised, "PASSWORD_RESET_REQUESTED", AccountService.RECORD, account.get().id(), null);
		requested.fire(new PasswordResetRequested(normalised, account.get().displayName(), secret));
	}

	/**
	 * Sets the new password with a link's secret; the link and every other open
	 * link of the account are spent, all sessions and tokens end. A used, expired
	 * or unknown link is refused alike.
	 */
	public void reset(String secret, String newPassword) {
		Instant now = Instant.now(clock);
		PasswordReset reset = secret == null || secret.isBlank()
				? null
				: em.createQuery("SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash", PasswordReset.class)
						.setParameter("hash", TokenHasher.sha256(secret.trim())).getResultStream().findFirst()
						.orElse(null);
		if (reset == null || !reset.isUsable(now)) {
			throw new InvalidInputException(INVALID_LINK, Map.of("token", INVALID_LINK));
		}
		accounts.resetPassword(reset.userId(), newPassword);
		em.createQuery("SELECT r FROM PasswordReset r WHERE r.userId = :id AND r.usedAt IS NULL", PasswordReset.class)
				.setParameter("id", reset.userId()).getResultList().forEach(r -> r.use(now));
	}
}
