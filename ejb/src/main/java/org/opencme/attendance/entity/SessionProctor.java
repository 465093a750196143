package org.opencme.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A proctor assigned to a session: they see its roster and confirm who
 * attended. Removing stamps who and when.
 */
@Entity
@Table(name = "session_proctor")
@IdClass(SessionProctor.Key.class)
public class SessionProctor {

	/** The composite key: session and account. */
	public static class Key implements Serializable {
		private static final long serialVersionUID = 1L;
		private long sessionId;
		private long accountId;

		public Key() {
		}

		public Key(long sessionId, long accountId) {
			this.sessionId = sessionId;
			this.accountId = accountId;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Key k && k.sessionId == sessionId && k.accountId == accountId;
		}

		@Override
		public int hashCode() {
			return Long.hashCode(sessionId) * 31 + Long.hashCode(accountId);
		}
	}

	@Id
	@Column(name = "session_id")
	private long sessionId;

	@Id
	@Column(name = "account_id")
	private long accountId;

	@Column(name = "assigned_by", nullable = false, length = 254)
	private String assignedBy;

	@Column(name = "assigned_at", nullable = false)
	private Instant assignedAt;

	@Column(name = "removed_by", length = 254)
	private String removedBy;

	@Column(name = "removed_at")
	private Instant removedAt;

	protected SessionProctor() {
	}

	public SessionProctor(long sessionId, long accountId, String assignedBy, Instant assignedAt) {
		this.sessionId = sessionId;
		this.accountId = accountId;
		this.assignedBy = assignedBy;
		this.assignedAt = assignedAt;
	}

	public void reassign(String by, Instant at) {
		assignedBy = by;
		assignedAt = at;
		removedBy = null;
		removedAt = null;
	}

	public void remove(String by, Instant at) {
		removedBy = by;
		removedAt = at;
	}

	public boolean active() {
		return removedAt == null;
	}

	public long sessionId() {
		return sessionId;
	}

	public long accountId() {
		return accountId;
	}

	public String assignedBy() {
		return assignedBy;
	}

	public Instant assignedAt() {
		return assignedAt;
	}
}
