package org.opencme.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A mail a session change owes one person, stored with the change and sent
 * after it commits. Unsent rows are retried with a growing pause
 * ({@link #retryPause(int, Duration)}) until the SMTP server takes them.
 */
@Entity
@Table(name = "session_mail")
public class SessionMail {

	/** What the mail tells. */
	public enum Kind {
		REGISTERED(true, false), PROMOTED(true, false), WAITLISTED(false, false), REGISTRATION_CANCELLED(true,
				true), SESSION_CANCELLED(true, true);

		private final boolean calendar;
		private final boolean cancel;

		Kind(boolean calendar, boolean cancel) {
			this.calendar = calendar;
			this.cancel = cancel;
		}

		/** Whether the mail carries an iCalendar message. */
		public boolean calendar() {
			return calendar;
		}

		/** Whether that message is {@code METHOD:CANCEL} (else {@code REQUEST}). */
		public boolean cancel() {
			return cancel;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_mail_seq")
	@SequenceGenerator(name = "session_mail_seq", sequenceName = "session_mail_seq", allocationSize = 50)
	private Long id;

	@Column(name = "session_id", nullable = false, updatable = false)
	private long sessionId;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 24)
	private Kind kind;

	@Column(name = "ics_sequence", updatable = false)
	private Integer icsSequence;

	@Column(name = "dedupe_key", nullable = false, updatable = false, length = 120)
	private String dedupeKey;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "last_error", length = 500)
	private String lastError;

	protected SessionMail() {
	}

	public SessionMail(long sessionId, long accountId, Kind kind, Integer icsSequence, String dedupeKey,
			Instant createdAt) {
		this.sessionId = sessionId;
		this.accountId = accountId;
		this.kind = Objects.requireNonNull(kind);
		this.icsSequence = icsSequence;
		this.dedupeKey = Objects.requireNonNull(dedupeKey);
		this.createdAt = createdAt;
		this.nextAttemptAt = createdAt;
	}

	/**
	 * The pause after the n-th failed attempt: {@code first}, then twice as long
	 * each time, at most an hour.
	 */
	public static Duration retryPause(int failedAttempts, Duration first) {
		long factor = 1L << Math.min(Math.max(failedAttempts - 1, 0), 12);
		Duration pause = first.multipliedBy(factor);
		return pause.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : pause;
	}

	public void sent(Instant at) {
		attempts++;
		sentAt = at;
		lastError = null;
	}

	public void failed(Instant at, String error, Duration firstPause) {
		attempts++;
		nextAttemptAt = at.plus(retryPause(attempts, firstPause));
		lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
	}

	public Long id() {
		return id;
	}

	public long sessionId() {
		return sessionId;
	}

	public long accountId() {
		return accountId;
	}

	public Kind kind() {
		return kind;
	}

	public Integer icsSequence() {
		return icsSequence;
	}

	public Instant sentAt() {
		return sentAt;
	}

	public int attempts() {
		return attempts;
	}
}
