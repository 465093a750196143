package org.opencme.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.identity.control.TokenHasher;
import org.opencme.identity.entity.ApiToken;
import org.opencme.identity.entity.UserAccount;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.NotPermittedException;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * Personal API tokens: created and revoked by their owner on the profile page,
 * checked on each API call.
 */
@Stateless
public class ApiTokenService {

	/** A token's last use is recorded to within this (docs/security.md). */
	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);
	private static final int MAX_ACTIVE_TOKENS = 20;

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	AuditLog audit;

	@Inject
	Clock clock;

	@Inject
	AccountService accounts;

	public CreatedToken create(long ownerId, String name) {
		if (name == null || name.isBlank() || name.trim().length() > 100) {
			throw new InvalidInputException("Name the token.",
					Map.of("name", "Give the token a name of at most 100 characters."));
		}
		if (list(ownerId).stream().filter(ApiTokenSummary::active).count() >= MAX_ACTIVE_TOKENS) {
			throw new InvalidInputException("Too many tokens.",
					Map.of("name", "Revoke a token first: at most " + MAX_ACTIVE_TOKENS + " may be active."));
		}
		String secret = TokenHasher.newSecret();
		ApiToken token = new ApiToken(ownerId, name, TokenHasher.sha256(secret), TokenHasher.visiblePrefix(secret),
				Instant.now(clock));
		em.persist(token);
		em.flush();
		audit.record(email(ownerId), "API_TOKEN_CREATED", "ApiToken", token.id(), token.name());
		return new CreatedToken(token.id(), token.name(), secret);
	}

	public List<ApiTokenSummary> list(long ownerId) {
		return em
				.createQuery("SELECT t FROM ApiToken t WHERE t.userId = :owner ORDER BY t.createdAt DESC, t.id DESC",
						ApiToken.class)
				.setParameter("owner", ownerId).getResultList().stream().map(t -> new ApiTokenSummary(t.id(), t.name(),
						t.prefix(), t.createdAt(), t.lastUsedAt(), t.revokedAt()))
				.toList();
	}

	/**
	 * Only the owner revokes a token; a revoked token stays listed with the time it
	 * was revoked.
	 */
	public void revoke(long ownerId, long tokenId) {
		ApiToken token = em.find(ApiToken.class, tokenId);
		if (token == null) {
			throw new RecordNotFoundException("Token", tokenId);
		}
		if (token.userId() != ownerId) {
			throw new NotPermittedException("This token belongs to another account.");
		}
		if (token.isActive()) {
			token.revoke(Instant.now(clock));
			audit.record(email(ownerId), "API_TOKEN_REVOKED", "ApiToken", tokenId, token.name());
		}
	}

	public Optional<AuthenticatedAccount> authenticate(String secret) {
		if (secret == null || !secret.startsWith(TokenHasher.PREFIX)) {
			return Optional.empty();
		}
		Optional<ApiToken> token = em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
				.setParameter("hash", TokenHasher.sha256(secret)).getResultStream().filter(ApiToken::isActive)
				.findFirst();
		token.ifPresent(t -> t.markUsed(Instant.now(clock), LAST_USED_PRECISION));
		return token.flatMap(t -> accounts.authenticated(t.userId()));
	}

	private String email(long accountId) {
		UserAccount account = em.find(UserAccount.class, accountId);
		return account == null ? String.valueOf(accountId) : account.email();
	}
}
