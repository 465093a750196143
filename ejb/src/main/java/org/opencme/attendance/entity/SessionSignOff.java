package org.opencme.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A proctor signed the roster off: it is locked; changes are amendments. Once
 * per session.
 */
@Entity
@Table(name = "session_sign_off")
public class SessionSignOff {

	@Id
	@Column(name = "session_id")
	private long sessionId;

	@Column(name = "signed_by", nullable = false, updatable = false, length = 254)
	private String signedBy;

	@Column(name = "signed_at", nullable = false, updatable = false)
	private Instant signedAt;

	protected SessionSignOff() {
	}

	public SessionSignOff(long sessionId, String signedBy, Instant signedAt) {
		this.sessionId = sessionId;
		this.signedBy = signedBy;
		this.signedAt = signedAt;
	}

	@PreUpdate
	@PreRemove
	void immutable() {
		throw new IllegalStateException("a sign-off is never changed or removed");
	}

	public String signedBy() {
		return signedBy;
	}

	public Instant signedAt() {
		return signedAt;
	}
}
