package org.opencme.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What a bulk issue did for one completed enrolment, written in the chunk
 * transaction that issued the certificate: the certificate's number, or why the
 * learner must claim themselves. Never changed.
 */
@Entity
@Table(name = "certificate_bulk_item")
@IdClass(BulkIssueItem.Key.class)
public class BulkIssueItem {

	/** Issued, left to the learner, or claimed before the job came to it. */
	public enum Outcome {
		ISSUED("Certificate issued"), LEARNER_MUST_CLAIM("The learner must claim"), CLAIMED_BEFORE("Claimed already");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	@Id
	@Column(name = "bulk_id")
	private long bulkId;

	@Id
	@Column(name = "enrollment_id")
	private long enrollmentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 20)
	private Outcome outcome;

	@Column(name = "certificate_number", updatable = false, length = 20)
	private String certificateNumber;

	/** The number's serial (its last part), which shares the rendering out. */
	@Column(name = "certificate_serial", updatable = false)
	private Long certificateSerial;

	@Column(updatable = false, length = 1000)
	private String reason;

	@Column(nullable = false, updatable = false)
	private int millis;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected BulkIssueItem() {
	}

	public BulkIssueItem(long bulkId, long enrollmentId, Outcome outcome, String certificateNumber, String reason,
			int millis, Instant recordedAt) {
		this.bulkId = bulkId;
		this.enrollmentId = enrollmentId;
		this.outcome = outcome;
		this.certificateNumber = certificateNumber;
		this.certificateSerial = certificateNumber == null
				? null
				: Long.valueOf(certificateNumber.substring(certificateNumber.lastIndexOf('-') + 1));
		this.reason = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
		this.millis = millis;
		this.recordedAt = recordedAt;
	}

	@PreUpdate
	@PreRemove
	void refuseChange() {
		throw new IllegalStateException("A bulk issue item is never changed.");
	}

	public long bulkId() {
		return bulkId;
	}

	public long enrollmentId() {
		return enrollmentId;
	}

	public Outcome outcome() {
		return outcome;
	}

	public String certificateNumber() {
		return certificateNumber;
	}

	public String reason() {
		return reason;
	}

	public int millis() {
		return millis;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	/** The composite key. */
	public static class Key implements Serializable {
		private static final long serialVersionUID = 1L;
		long bulkId;
		long enrollmentId;

		public Key() {
		}

		public Key(long bulkId, long enrollmentId) {
			this.bulkId = bulkId;
			this.enrollmentId = enrollmentId;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Key k && k.bulkId == bulkId && k.enrollmentId == enrollmentId;
		}

		@Override
		public int hashCode() {
			return Objects.hash(bulkId, enrollmentId);
		}
	}
}
