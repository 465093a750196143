package org.opencme.authoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step of an activity's review history: submitted, approved, returned with
 * a comment, retired.
 */
@Entity
@Table(name = "review_event")
public class ReviewEvent {

	/** What happened. */
	public enum Action {
		SUBMITTED, APPROVED, RETURNED, RETIRED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_event_seq")
	@SequenceGenerator(name = "review_event_seq", sequenceName = "review_event_seq", allocationSize = 50)
	private Long id;

	@Column(name = "activity_id", nullable = false, updatable = false)
	private long activityId;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 20)
	private Action action;

	@Column(name = "actor_id", nullable = false, updatable = false)
	private long actorId;

	@Column(name = "review_comment", updatable = false, length = 4000)
	private String comment;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	protected ReviewEvent() {
	}

	public ReviewEvent(long activityId, Action action, long actorId, String comment, Instant occurredAt) {
		this.activityId = activityId;
		this.action = action;
		this.actorId = actorId;
		this.comment = comment;
		this.occurredAt = occurredAt;
	}

	public long activityId() {
		return activityId;
	}

	public Action action() {
		return action;
	}

	public long actorId() {
		return actorId;
	}

	public String comment() {
		return comment;
	}

	public Instant occurredAt() {
		return occurredAt;
	}
}
