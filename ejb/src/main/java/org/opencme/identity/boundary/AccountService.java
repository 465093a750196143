package org.opencme.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.content.pkg.Profession;
import org.opencme.identity.control.CredentialCache;
import org.opencme.identity.control.PasswordHasher;
import org.opencme.identity.control.PasswordPolicy;
import org.opencme.identity.control.SecurityStateCache;
import org.opencme.identity.entity.UserAccount;
import org.opencme.platform.boundary.Constraints;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.NotPermittedException;
import org.opencme.platform.boundary.Page;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * Accounts: registration, sign-in checks, roles, deactivation, passwords. Every
 * change of roles, of the enabled flag or of the password is audited and
 * changes the account's stamps, which open sessions compare on each request
 * ({@link #securityState}).
 */
@Stateless
public class AccountService {

	static final String RECORD = "UserAccount";

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	AuditLog audit;

	@Inject
	Clock clock;

	@Inject
	Validator validator;

	@Inject
	CredentialCache credentialCache;

	@Inject
	SecurityStateCache securityStates;

	@Inject
	Event<AccountSecurityChanged> securityChanged;

	private final PasswordHasher hasher = new PasswordHasher();

	/**
	 * Opens a learner account; every invalid field is reported at once and nothing
	 * is stored.
	 */
	public long register(RegistrationRequest request) {
		Constraints.check(validator, request, "The registration has errors.");
		String email = UserAccount.normaliseEmail(request.email());
		if (findEntity(email).isPresent()) {
			throw new DuplicateEmailException(email);
		}
		UserAccount account = new UserAccount(email, request.givenName(), request.familyName(), request.profession(),
				hasher.hash(request.password()), Instant.now(clock));
		account.changeNpi(request.npi());
		request.licences().stream().filter(l -> !l.isBlank()).forEach(l -> account.addLicence(l.state(), l.number()));
		em.persist(account);
		em.flush();
		audit.record(email, "ACCOUNT_REGISTERED", RECORD, account.id(), "profession=" + account.profession());
		return account.id();
	}

	/**
	 * Creates an account with roles on behalf of the system: the demo data and the
	 * first administrator of a new installation. Audited as {@code system}.
	 */
	public long bootstrap(RegistrationRequest request, java.util.Set<Role> roles) {
		long id = register(request);
		UserAccount account = entity(id);
		roles.forEach(account::grant);
		audit.record(AuditLog.SYSTEM, "ACCOUNT_BOOTSTRAPPED", RECORD, id, "roles=" + account.roles());
		return id;
	}

	/**
	 * A learner account without a password, so it can never sign in: for the
	 * start-up warm-up, whose transactions are always rolled back. Not audited;
	 * nothing of it outlives its transaction.
	 */
	public long unusableLearner(String email) {
		UserAccount account = new UserAccount(UserAccount.normaliseEmail(email), "Warm", "Up", Profession.OTHER,
				"none: rolled back, never signs in", Instant.now(clock));
		em.persist(account);
		em.flush();
		return account.id();
	}

	public boolean anyWithRole(Role role) {
		return !em.createQuery("SELECT u.id FROM UserAccount u JOIN u.roles r WHERE r = :role", Long.class)
				.setParameter("role", role).setMaxResults(1).getResultList().isEmpty();
	}

	/**
	 * Checks an e-mail and password; a disabled or unknown account and a wrong
	 * password look alike.
	 */
	public Optional<AuthenticatedAccount> authenticate(String email, String password) {
		String normalised = UserAccount.normaliseEmail(email);
		Optional<AuthenticatedAccount> cached = credentialCache.find(normalised, password, Instant.now(clock));
		if (cached.isPresent()) {
			return cached;
		}
		long generation = credentialCache.generation();
		Optional<UserAccount> account = findEntity(normalised).filter(UserAccount::isEnabled);
		if (account.isEmpty()) {
			hasher.verify(password, DUMMY_HASH);
			return Optional.empty();
		}
		if (!hasher.verify(password, account.get().passwordHash())) {
			return Optional.empty();
		}
		AuthenticatedAccount result = toAuthenticated(account.get());
		credentialCache.remember(normalised, password, result, Instant.now(clock), generation);
		return Optional.of(result);
	}

	public Optional<AuthenticatedAccount> authenticated(long accountId) {
		return Optional.ofNullable(em.find(UserAccount.class, accountId)).filter(UserAccount::isEnabled)
				.map(AccountService::toAuthenticated);
	}

	/**
	 * The stamps and enabled flag of an account, as every request of an open
	 * session checks them: from memory for a few seconds, never older than the last
	 * committed change made through this server (empty: no such account).
	 */
	@TransactionAttribute(TransactionAttributeType.SUPPORTS)
	public Optional<SecurityState> securityState(long accountId) {
		return securityStates.get(accountId, Instant.now(clock),
				id -> Optional.ofNullable(em.find(UserAccount.class, id))
						.map(a -> new SecurityState(a.securityStamp(), a.credentialStamp(), a.isEnabled())));
	}

	/**
	 * An administrator deactivates an account (its sessions, Basic credentials and
	 * tokens stop working at their next request) or reactivates it; never their
	 * own.
	 */
	public AccountDetails setEnabled(long actorId, long accountId, boolean enabled) {
		UserAccount actor = requireAdmin(actorId);
		if (actorId == accountId) {
			throw new NotPermittedException("You cannot deactivate your own account.");
		}
		UserAccount account = entity(accountId);
		if (account.isEnabled() != enabled) {
			if (enabled) {
				account.reactivate();
			} else {
				account.deactivate();
			}
			changed(accountId);
			audit.record(actor.email(), enabled ? "ACCOUNT_REACTIVATED" : "ACCOUNT_DEACTIVATED", RECORD, accountId,
					null);
		}
		return AccountDetails.of(account);
	}

	/**
	 * The signed-in person changes their password, giving the current one. Every
	 * other session and every API token of the account ends; the answer carries the
	 * new stamps, with which the caller's own session goes on.
	 */
	public AuthenticatedAccount changePassword(long accountId, String currentPassword, String newPassword) {
		UserAccount account = entity(accountId);
		if (!account.isEnabled() || !hasher.verify(currentPassword, account.passwordHash())) {
			throw new InvalidInputException("The current password is not correct.",
					Map.of("currentPassword", "The current password is not correct."));
		}
		setPassword(account, newPassword, "PASSWORD_CHANGED");
		return toAuthenticated(account);
	}

	/**
	 * Sets a new password without the current one: only for a person who proved
	 * they hold the account's e-mail ({@link PasswordResetService}).
	 */
	public void resetPassword(long accountId, String newPassword) {
		UserAccount account = entity(accountId);
		if (!account.isEnabled()) {
			throw new NotPermittedException("This account is deactivated.");
		}
		setPassword(account, newPassword, "PASSWORD_RESET");
	}

	/**
	 * Sets a new password after the policy allows it, ends all sessions and revokes
	 * all API tokens of the account, and audits it.
	 */
	private void setPassword(UserAccount account, String newPassword, String action) {
		PasswordPolicy.problem(newPassword, account.email()).ifPresent(problem -> {
			throw new InvalidInputException("The new password is not accepted.", Map.of("newPassword", problem));
		});
		account.changePasswordHash(hasher.hash(newPassword));
		int revoked = em
				.createQuery("UPDATE ApiToken t SET t.revokedAt = :now WHERE t.userId = :id AND t.revokedAt IS NULL")
				.setParameter("now", Instant.now(clock)).setParameter("id", account.id()).executeUpdate();
		changed(account.id());
		audit.record(account.email(), action, RECORD, account.id(), "tokens revoked=" + revoked);
	}

	private void changed(long accountId) {
		credentialCache.forget(accountId);
		securityStates.invalidate(accountId);
		securityChanged.fire(new AccountSecurityChanged(accountId));
	}

	public Optional<AccountDetails> findByEmail(String email) {
		return findEntity(UserAccount.normaliseEmail(email)).map(AccountDetails::of);
	}

	public AccountDetails account(long id) {
		return AccountDetails.of(entity(id));
	}

	/** What credit reporting needs about the account, as stored. */
	public ReportingIdentity reportingIdentity(long accountId) {
		return reporting(entity(accountId));
	}

	/**
	 * Completes or changes the reporting fields of the learner's own account (null
	 * fields keep what is stored). Every invalid field is reported at once and
	 * nothing is stored; the change is audited by field name (the values stay out
	 * of the log).
	 */
	public ReportingIdentity updateReportingDetails(long accountId, ReportingDetails details) {
		Constraints.check(validator, details, "The reporting details have errors.");
		UserAccount account = entity(accountId);
		List<String> changed = new ArrayList<>();
		if (details.birthMonth() != null && details.birthDay() != null) {
			MonthDay birthday = MonthDay.of(details.birthMonth(), details.birthDay());
			if (!account.birthday().equals(Optional.of(birthday))) {
				account.changeBirthday(birthday);
				changed.add("birthday");
			}
		}
		if (details.npi() != null && !details.npi().isBlank() && !details.npi().strip().equals(account.npi())) {
			account.changeNpi(details.npi().strip());
			changed.add("npi");
		}
		LicenceInput licence = details.licence();
		if (licence != null && !licence.isBlank()) {
			String state = licence.state().strip().toUpperCase(Locale.ROOT);
			String number = licence.number().strip();
			boolean known = account.licences().stream()
					.anyMatch(l -> l.state().equalsIgnoreCase(state) && l.number().equals(number));
			if (!known) {
				account.addLicence(state, number);
				changed.add("licence");
			}
		}
		if (details.boardDiplomateId() != null && !details.boardDiplomateId().isBlank()
				&& !details.boardDiplomateId().strip().equals(account.boardDiplomateId())) {
			account.changeBoardDiplomateId(details.boardDiplomateId().strip());
			changed.add("boardDiplomateId");
		}
		if (Boolean.TRUE.equals(details.permitReporting()) && account.reportPermissionAt() == null) {
			account.permitReporting(Instant.now(clock));
			changed.add("reportPermission given");
		} else if (Boolean.FALSE.equals(details.permitReporting()) && account.reportPermissionAt() != null) {
			account.permitReporting(null);
			changed.add("reportPermission withdrawn");
		}
		if (!changed.isEmpty()) {
			em.flush();
			audit.record(account.email(), "ACCOUNT_REPORTING_DETAILS", RECORD, accountId, String.join(", ", changed));
		}
		return reporting(account);
	}

	private static ReportingIdentity reporting(UserAccount a) {
		List<LicenceInput> licences = a.licences().stream().map(l -> new LicenceInput(l.state(), l.number())).toList();
		return new ReportingIdentity(a.id(), a.givenName(), a.familyName(), a.profession(), a.birthday().orElse(null),
				a.npi(), licences, a.boardDiplomateId(), a.reportPermissionAt());
	}

	/**
	 * An administrator grants a role; granting one already held changes nothing and
	 * logs nothing.
	 */
	public AccountDetails grant(long actorId, long accountId, Role role) {
		UserAccount actor = requireAdmin(actorId);
		UserAccount account = entity(accountId);
		if (!account.hasRole(role)) {
			account.grant(role);
			changed(accountId);
			audit.record(actor.email(), "ROLE_GRANTED", RECORD, accountId, role.name());
		}
		return AccountDetails.of(account);
	}

	/**
	 * An administrator revokes a role, but never their own ADMIN role (no
	 * lock-out).
	 */
	public AccountDetails revoke(long actorId, long accountId, Role role) {
		UserAccount actor = requireAdmin(actorId);
		if (actorId == accountId && role == Role.ADMIN) {
			throw new NotPermittedException("You cannot take away your own ADMIN role.");
		}
		UserAccount account = entity(accountId);
		if (!role.isGrantable()) {
			throw new InvalidInputException("Every account keeps the LEARNER role.", Map.of("role", "LEARNER"));
		}
		if (account.hasRole(role)) {
			account.revoke(role);
			changed(accountId);
			audit.record(actor.email(), "ROLE_REVOKED", RECORD, accountId, role.name());
		}
		return AccountDetails.of(account);
	}

	/**
	 * The accounts with these ids, by id, in few queries (for lists of many
	 * people).
	 */
	public java.util.Map<Long, AccountDetails> details(java.util.Collection<Long> ids) {
		java.util.Map<Long, AccountDetails> found = new java.util.HashMap<>();
		List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
		for (int from = 0; from < all.size(); from += 1000) {
			em.createQuery("SELECT u FROM UserAccount u WHERE u.id IN :ids", UserAccount.class)
					.setParameter("ids", all.subList(from, Math.min(all.size(), from + 1000))).getResultList()
					.forEach(u -> found.put(u.id(), AccountDetails.of(u)));
		}
		return found;
	}

	/**
	 * Accounts whose name or e-mail contains the filter, sorted, one page at a
	 * time.
	 */
	public Page<AccountDetails> find(String filter, int first, int max, String sortField, boolean ascending) {
		String pattern = "%" + (filter == null ? "" : filter.trim().toLowerCase()) + "%";
		String where = " WHERE LOWER(u.email) LIKE :p OR LOWER(u.familyName) LIKE :p OR LOWER(u.givenName) LIKE :p";
		long total = em.createQuery("SELECT COUNT(u) FROM UserAccount u" + where, Long.class).setParameter("p", pattern)
				.getSingleResult();
		String order = switch (sortField == null ? "" : sortField) {
			case "email" -> "u.email";
			case "createdAt" -> "u.createdAt";
			default -> "u.familyName";
		};
		TypedQuery<UserAccount> query = em.createQuery("SELECT u FROM UserAccount u" + where + " ORDER BY " + order
				+ (ascending ? " ASC" : " DESC") + ", u.id", UserAccount.class);
		List<AccountDetails> items = query.setParameter("p", pattern).setFirstResult(first).setMaxResults(max)
				.getResultList().stream().map(AccountDetails::of).toList();
		return new Page<>(total, items);
	}

	private UserAccount requireAdmin(long actorId) {
		UserAccount actor = entity(actorId);
		if (!actor.hasRole(Role.ADMIN)) {
			throw new NotPermittedException("Only an administrator can change roles.");
		}
		return actor;
	}

	private UserAccount entity(long id) {
		UserAccount account = em.find(UserAccount.class, id);
		if (account == null) {
			throw new RecordNotFoundException("Account", id);
		}
		return account;
	}

	private Optional<UserAccount> findEntity(String normalisedEmail) {
		return em.createQuery("SELECT u FROM UserAccount u WHERE u.email = :email", UserAccount.class)
				.setParameter("email", normalisedEmail).getResultStream().findFirst();
	}

	private static AuthenticatedAccount toAuthenticated(UserAccount account) {
		return new AuthenticatedAccount(account.id(), account.email(), account.displayName(), account.roles(),
				account.timeZone(), account.securityStamp(), account.credentialStamp());
	}

	/**
	 * Verified against when the account is unknown, so timing does not tell which
	 * e-mails exist.
	 */
	private static final String DUMMY_HASH = new PasswordHasher().hash("timing-equaliser");
}
