package org.opencme.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A proctor confirmed that a name-only line of an import is this learner. Once
 * per line.
 */
@Entity
@Table(name = "attendance_import_confirmation")
public class ImportConfirmation {

	@Id
	@Column(name = "line_id")
	private long lineId;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "confirmed_by", nullable = false, updatable = false, length = 254)
	private String confirmedBy;

	@Column(name = "confirmed_at", nullable = false, updatable = false)
	private Instant confirmedAt;

	protected ImportConfirmation() {
	}

	public ImportConfirmation(long lineId, long accountId, String confirmedBy, Instant confirmedAt) {
		this.lineId = lineId;
		this.accountId = accountId;
		this.confirmedBy = confirmedBy;
		this.confirmedAt = confirmedAt;
	}

	@PreUpdate
	@PreRemove
	void immutable() {
		throw new IllegalStateException("a confirmation is never changed or removed");
	}

	public long lineId() {
		return lineId;
	}

	public long accountId() {
		return accountId;
	}

	public String confirmedBy() {
		return confirmedBy;
	}

	public Instant confirmedAt() {
		return confirmedAt;
	}
}
