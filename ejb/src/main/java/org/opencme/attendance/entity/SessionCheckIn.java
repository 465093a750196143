package org.opencme.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A learner checked in to a session with the code shown in it: when, and the
 * code's period. One per learner and session (a unique constraint); never
 * changed or removed.
 */
@Entity
@Table(name = "session_check_in")
public class SessionCheckIn {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_check_in_seq")
	@SequenceGenerator(name = "session_check_in_seq", sequenceName = "session_check_in_seq", allocationSize = 50)
	private Long id;

	@Column(name = "session_id", nullable = false, updatable = false)
	private long sessionId;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "checked_in_at", nullable = false, updatable = false)
	private Instant checkedInAt;

	@Column(name = "code_step", nullable = false, updatable = false)
	private long codeStep;

	protected SessionCheckIn() {
	}

	public SessionCheckIn(long sessionId, long accountId, Instant checkedInAt, long codeStep) {
		this.sessionId = sessionId;
		this.accountId = accountId;
		this.checkedInAt = checkedInAt;
		this.codeStep = codeStep;
	}

	@PreUpdate
	@PreRemove
	void immutable() {
		throw new IllegalStateException("a check-in is never changed or removed");
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

	public Instant checkedInAt() {
		return checkedInAt;
	}
}
