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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A learner's place for a session: registered, on the waitlist, or cancelled.
 * One row per learner and session (a unique constraint); its queue number
 * orders the waitlist and is new each time the learner asks again. Every change
 * is also a {@link RegistrationEntry}.
 */
@Entity
@Table(name = "session_registration")
public class SessionRegistration {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_registration_seq")
	@SequenceGenerator(name = "session_registration_seq", sequenceName = "session_registration_seq", allocationSize = 50)
	private Long id;

	@Column(name = "session_id", nullable = false, updatable = false)
	private long sessionId;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private RegistrationStatus status;

	@Column(name = "queue_number", nullable = false)
	private long queueNumber;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Version
	@Column(name = "row_version", nullable = false)
	private long rowVersion;

	protected SessionRegistration() {
	}

	public SessionRegistration(long sessionId, long accountId, RegistrationStatus status, long queueNumber,
			Instant at) {
		this.sessionId = sessionId;
		this.accountId = accountId;
		this.status = Objects.requireNonNull(status);
		this.queueNumber = queueNumber;
		this.changedAt = at;
	}

	/** Asks again after a cancellation: a new place at the end of the queue. */
	public void requeue(RegistrationStatus status, long queueNumber, Instant at) {
		if (this.status.active()) {
			throw new IllegalStateException("registration " + id + " is active");
		}
		this.status = Objects.requireNonNull(status);
		this.queueNumber = queueNumber;
		this.changedAt = at;
	}

	public void promote(Instant at) {
		if (status != RegistrationStatus.WAITLISTED) {
			throw new IllegalStateException("registration " + id + " is not on the waitlist");
		}
		status = RegistrationStatus.REGISTERED;
		changedAt = at;
	}

	public void cancel(Instant at) {
		if (!status.active()) {
			throw new IllegalStateException("registration " + id + " is cancelled already");
		}
		status = RegistrationStatus.CANCELLED;
		changedAt = at;
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

	public RegistrationStatus status() {
		return status;
	}

	public long queueNumber() {
		return queueNumber;
	}

	public Instant changedAt() {
		return changedAt;
	}
}
