package org.opencme.claim.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.opencme.claim.control.LedgerEntry;

/**
 * An entry of the append-only award ledger (see {@link LedgerEntry} for the
 * rules of awards and reversals). Every column is insert-only and the entity
 * refuses to be updated or removed, so a correction can only be a new entry.
 */
@Entity
@Table(name = "credit_award")
public class CreditAward {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credit_award_seq")
	@SequenceGenerator(name = "credit_award_seq", sequenceName = "credit_award_seq", allocationSize = 50)
	private Long id;

	@Column(name = "claim_id", nullable = false, updatable = false)
	private long claimId;

	@Column(name = "learner_id", nullable = false, updatable = false)
	private long learnerId;

	@Column(name = "enrollment_id", nullable = false, updatable = false)
	private long enrollmentId;

	@Column(name = "activity_id", nullable = false, updatable = false)
	private long activityId;

	@Column(name = "version_no", nullable = false, updatable = false)
	private int versionNo;

	@Column(name = "credit_type", nullable = false, updatable = false, length = 40)
	private String creditType;

	@Column(nullable = false, updatable = false, precision = 8, scale = 2)
	private BigDecimal amount;

	@Column(name = "earned_on", nullable = false, updatable = false)
	private LocalDate earnedOn;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private long recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(name = "reverses_id", updatable = false)
	private Long reverses;

	@Column(updatable = false, length = 1000)
	private String reason;

	/** "enrolment:type" on a learner's award: one per type and enrolment. */
	@Column(name = "first_award_key", updatable = false, length = 80)
	private String firstAwardKey;

	protected CreditAward() {
	}

	/**
	 * Stores a ledger entry; {@code learnersClaim} marks an award from the
	 * learner's own claim (unique per enrolment and type).
	 */
	public CreditAward(LedgerEntry entry, boolean learnersClaim) {
		this.claimId = entry.claimId();
		this.learnerId = entry.learnerId();
		this.enrollmentId = entry.enrollmentId();
		this.activityId = entry.activityId();
		this.versionNo = entry.versionNo();
		this.creditType = entry.creditType();
		this.amount = entry.amount();
		this.earnedOn = entry.earnedOn();
		this.recordedBy = entry.recordedBy();
		this.recordedAt = entry.recordedAt();
		this.reverses = entry.reverses();
		this.reason = entry.reason();
		this.firstAwardKey = learnersClaim ? entry.enrollmentId() + ":" + entry.creditType() : null;
	}

	@PreUpdate
	@PreRemove
	void refuseChange() {
		throw new IllegalStateException("A credit award is never changed or deleted; record a correction.");
	}

	public LedgerEntry entry() {
		return new LedgerEntry(id, learnerId, enrollmentId, claimId, activityId, versionNo, creditType, amount,
				earnedOn, recordedBy, recordedAt, reverses, reason);
	}

	public Long id() {
		return id;
	}

	public long claimId() {
		return claimId;
	}
}
