package org.opencme.claim.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A completion credit heard of from learning ({@code EnrollmentCompleted}): the
 * enrolments whose credit may be claimed, without reading learning's tables. A
 * claim still asks learning for the facts as they are then.
 */
@Entity
@Table(name = "credit_completion")
public class CreditCompletion {

	@Id
	@Column(name = "enrollment_id")
	private long enrollmentId;

	@Column(name = "learner_id", nullable = false, updatable = false)
	private long learnerId;

	@Column(name = "activity_id", nullable = false, updatable = false)
	private long activityId;

	@Column(name = "version_no", nullable = false, updatable = false)
	private int versionNo;

	@Column(name = "completed_at", nullable = false, updatable = false)
	private Instant completedAt;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected CreditCompletion() {
	}

	public CreditCompletion(long enrollmentId, long learnerId, long activityId, int versionNo, Instant completedAt,
			Instant recordedAt) {
		this.enrollmentId = enrollmentId;
		this.learnerId = learnerId;
		this.activityId = activityId;
		this.versionNo = versionNo;
		this.completedAt = completedAt;
		this.recordedAt = recordedAt;
	}

	public long enrollmentId() {
		return enrollmentId;
	}

	public long learnerId() {
		return learnerId;
	}

	public long activityId() {
		return activityId;
	}
}
