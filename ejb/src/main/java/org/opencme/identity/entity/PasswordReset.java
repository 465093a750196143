package org.opencme.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A forgotten-password link that was sent. Only the SHA-256 of its secret is
 * stored. Invariants: it works once, and not after {@link #VALID_FOR}.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

	public static final Duration VALID_FOR = Duration.ofHours(1);

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_seq")
	@SequenceGenerator(name = "password_reset_seq", sequenceName = "password_reset_seq", allocationSize = 50)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected PasswordReset() {
	}

	public PasswordReset(long userId, String tokenHash, Instant createdAt) {
		this.userId = userId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = createdAt.plus(VALID_FOR);
	}

	/** Whether the link may still set a password at {@code now}. */
	public boolean isUsable(Instant now) {
		return usedAt == null && now.isBefore(expiresAt);
	}

	/** Spends the link (or closes it when another link was used). */
	public void use(Instant at) {
		if (usedAt == null) {
			usedAt = at;
		}
	}

	public Long id() {
		return id;
	}

	public long userId() {
		return userId;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant expiresAt() {
		return expiresAt;
	}

	public Instant usedAt() {
		return usedAt;
	}
}
