package org.opencme.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A personal API token. Only the SHA-256 of the secret is stored; the secret is
 * shown once when the token is created. A revoked token is kept (who had access
 * and when), never deleted.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
	@SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "token_prefix", nullable = false, length = 16)
	private String prefix;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	public ApiToken(long userId, String name, String tokenHash, String prefix, Instant createdAt) {
		this.userId = userId;
		this.name = name.trim();
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.createdAt = createdAt;
	}

	public void revoke(Instant at) {
		if (revokedAt == null) {
			revokedAt = at;
		}
	}

	/**
	 * Records a use at {@code at}, but only when the recorded last use is older
	 * than {@code precision}: every API call checks its token, and a row updated on
	 * each call would queue concurrent calls with the same token on its row lock.
	 * The last use shown is then at most {@code precision} behind. Whether the row
	 * changed.
	 */
	public boolean markUsed(Instant at, java.time.Duration precision) {
		if (lastUsedAt == null || lastUsedAt.plus(precision).isBefore(at)) {
			lastUsedAt = at;
			return true;
		}
		return false;
	}

	public boolean isActive() {
		return revokedAt == null;
	}

	public Long id() {
		return id;
	}

	public long userId() {
		return userId;
	}

	public String name() {
		return name;
	}

	public String prefix() {
		return prefix;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant lastUsedAt() {
		return lastUsedAt;
	}

	public Instant revokedAt() {
		return revokedAt;
	}
}
