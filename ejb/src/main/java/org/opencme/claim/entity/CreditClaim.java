package org.opencme.claim.entity;

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
import org.opencme.claim.boundary.ClaimOutcome;

/**
 * One claim event: a learner claimed credit (or participation) for a completed
 * enrolment. Its lines are {@link CreditAward}s; certification issues one
 * certificate for it. Never changed once stored.
 */
@Entity
@Table(name = "credit_claim")
public class CreditClaim {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credit_claim_seq")
	@SequenceGenerator(name = "credit_claim_seq", sequenceName = "credit_claim_seq", allocationSize = 50)
	private Long id;

	@Column(name = "enrollment_id", nullable = false, updatable = false)
	private long enrollmentId;

	@Column(name = "learner_id", nullable = false, updatable = false)
	private long learnerId;

	@Column(name = "activity_id", nullable = false, updatable = false)
	private long activityId;

	@Column(name = "version_no", nullable = false, updatable = false)
	private int versionNo;

	@Column(nullable = false, updatable = false, length = 20)
	@Enumerated(EnumType.STRING)
	private ClaimOutcome outcome;

	@Column(name = "completed_at", nullable = false, updatable = false)
	private Instant completedAt;

	@Column(name = "claimed_at", nullable = false, updatable = false)
	private Instant claimedAt;

	protected CreditClaim() {
	}

	public CreditClaim(long enrollmentId, long learnerId, long activityId, int versionNo, ClaimOutcome outcome,
			Instant completedAt, Instant claimedAt) {
		this.enrollmentId = enrollmentId;
		this.learnerId = learnerId;
		this.activityId = activityId;
		this.versionNo = versionNo;
		this.outcome = outcome;
		this.completedAt = completedAt;
		this.claimedAt = claimedAt;
	}

	@PreUpdate
	@PreRemove
	void refuseChange() {
		throw new IllegalStateException("A credit claim is never changed or deleted.");
	}

	public Long id() {
		return id;
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

	public int versionNo() {
		return versionNo;
	}

	public ClaimOutcome outcome() {
		return outcome;
	}

	public Instant completedAt() {
		return completedAt;
	}

	public Instant claimedAt() {
		return claimedAt;
	}
}
