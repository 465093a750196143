package org.opencme.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An administrator's request to issue every pending certificate of an activity:
 * who, when, how many were pending then, and the batch job execution working on
 * it (a new one each time the job is resumed).
 */
@Entity
@Table(name = "certificate_bulk_issue")
public class BulkIssue {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_bulk_seq")
	@SequenceGenerator(name = "certificate_bulk_seq", sequenceName = "certificate_bulk_seq", allocationSize = 1)
	private Long id;

	@Column(name = "activity_id", nullable = false, updatable = false)
	private long activityId;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private long requestedBy;

	@Column(name = "requested_by_email", nullable = false, updatable = false, length = 254)
	private String requestedByEmail;

	@Column(name = "requested_at", nullable = false, updatable = false)
	private Instant requestedAt;

	@Column(nullable = false, updatable = false)
	private int total;

	@Column(name = "execution_id")
	private Long executionId;

	@Column(nullable = false)
	private int resumed;

	protected BulkIssue() {
	}

	public BulkIssue(long activityId, long requestedBy, String requestedByEmail, Instant requestedAt, int total) {
		this.activityId = activityId;
		this.requestedBy = requestedBy;
		this.requestedByEmail = requestedByEmail;
		this.requestedAt = requestedAt;
		this.total = total;
	}

	public long id() {
		return id;
	}

	public long activityId() {
		return activityId;
	}

	public long requestedBy() {
		return requestedBy;
	}

	public String requestedByEmail() {
		return requestedByEmail;
	}

	public Instant requestedAt() {
		return requestedAt;
	}

	public int total() {
		return total;
	}

	public Long executionId() {
		return executionId;
	}

	public int resumed() {
		return resumed;
	}

	/** The job execution now working on it. */
	public void startedAs(long executionId) {
		this.executionId = executionId;
	}

	/** A new execution resumes the job from its last checkpoint. */
	public void resumedAs(long executionId) {
		this.executionId = executionId;
		this.resumed++;
	}
}
