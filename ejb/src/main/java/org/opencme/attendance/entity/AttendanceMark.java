package org.opencme.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One mark on a session's roster: status, minutes attended, note, where it came
 * from, who and when. A learner's current mark is their latest; after sign-off
 * a new mark is an amendment of the one it replaces, with a reason. Never
 * updated or deleted.
 */
@Entity
@Table(name = "attendance_mark")
public class AttendanceMark {

	/** Where a mark came from. */
	public enum Source {
		ROSTER("Proctor"), CHECK_IN("Check-in code"), WALK_IN("Walk-in"), SIGN_OFF("Not marked at sign-off");

		private final String label;

		Source(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_mark_seq")
	@SequenceGenerator(name = "attendance_mark_seq", sequenceName = "attendance_mark_seq", allocationSize = 50)
	private Long id;

	@Column(name = "session_id", nullable = false, updatable = false)
	private long sessionId;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private AttendanceStatus status;

	@Column(nullable = false, updatable = false)
	private int minutes;

	@Column(updatable = false, length = 500)
	private String note;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private Source source;

	@Column(name = "amends_id", updatable = false)
	private Long amendsId;

	@Column(updatable = false, length = 500)
	private String reason;

	@Column(name = "recorded_by", nullable = false, updatable = false, length = 254)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected AttendanceMark() {
	}

	public AttendanceMark(long sessionId, long accountId, AttendanceStatus status, int minutes, String note,
			Source source, Long amendsId, String reason, String recordedBy, Instant recordedAt) {
		if (minutes < 0) {
			throw new IllegalArgumentException("minutes are never negative");
		}
		if (amendsId != null && (reason == null || reason.isBlank())) {
			throw new IllegalArgumentException("an amendment has a reason");
		}
		this.sessionId = sessionId;
		this.accountId = accountId;
		this.status = Objects.requireNonNull(status);
		this.minutes = minutes;
		this.note = note;
		this.source = Objects.requireNonNull(source);
		this.amendsId = amendsId;
		this.reason = reason;
		this.recordedBy = Objects.requireNonNull(recordedBy);
		this.recordedAt = Objects.requireNonNull(recordedAt);
	}

	@PreUpdate
	@PreRemove
	void immutable() {
		throw new IllegalStateException("an attendance mark is never changed or removed; amend it");
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

	public AttendanceStatus status() {
		return status;
	}

	public int minutes() {
		return minutes;
	}

	public String note() {
		return note;
	}

	public Source source() {
		return source;
	}

	public Long amendsId() {
		return amendsId;
	}

	public String reason() {
		return reason;
	}

	public String recordedBy() {
		return recordedBy;
	}

	public Instant recordedAt() {
		return recordedAt;
	}
}
