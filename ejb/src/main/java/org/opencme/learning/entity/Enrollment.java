package org.opencme.learning.entity;

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

/**
 * A learner in one activity, pinned to the version in force when they enrolled.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment {

	/** Where the enrolment stands. */
	public enum Status {
		IN_PROGRESS, COMPLETED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrollment_seq")
	@SequenceGenerator(name = "enrollment_seq", sequenceName = "enrollment_seq", allocationSize = 50)
	private Long id;

	@Column(name = "learner_id", nullable = false, updatable = false)
	private long learnerId;

	@Column(name = "activity_id", nullable = false, updatable = false)
	private long activityId;

	@Column(name = "version_no", nullable = false, updatable = false)
	private int versionNo;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Status status;

	@Column(name = "enrolled_at", nullable = false, updatable = false)
	private Instant enrolledAt;

	@Column(name = "completed_at")
	private Instant completedAt;

	@Version
	@Column(name = "row_version", nullable = false)
	private long version;

	protected Enrollment() {
	}

	public Enrollment(long learnerId, long activityId, int versionNo, Instant enrolledAt) {
		this.learnerId = learnerId;
		this.activityId = activityId;
		this.versionNo = versionNo;
		this.enrolledAt = enrolledAt;
		this.status = Status.IN_PROGRESS;
	}

	public void complete(Instant at) {
		if (status != Status.COMPLETED) {
			status = Status.COMPLETED;
			completedAt = at;
		}
	}

	public Long id() {
		return id;
	}

	public long learnerId() {
		return learnerId;
	}

	public long activityId() {
		return activityId;
	}

	public int versionNo() {
		return versionNo;
	}

	public Status status() {
		return status;
	}

	public Instant enrolledAt() {
		return enrolledAt;
	}

	public Instant completedAt() {
		return completedAt;
	}
}
