package org.opencme.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One scheduled occurrence of a live or proctored module of an activity: start
 * and end as instants, the time zone it is announced in, capacity, and a join
 * link or a room. It ends before it starts never; it is cancelled, not deleted.
 */
@Entity
@Table(name = "live_session")
public class LiveSession {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_session_seq")
	@SequenceGenerator(name = "live_session_seq", sequenceName = "live_session_seq", allocationSize = 50)
	private Long id;

	@Column(name = "activity_id", nullable = false, updatable = false)
	private long activityId;

	@Column(name = "module_key", nullable = false, updatable = false, length = 80)
	private String moduleKey;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(name = "time_zone", nullable = false, length = 64)
	private String timeZone;

	private Integer capacity;

	@Column(name = "join_url", length = 500)
	private String joinUrl;

	@Column(length = 200)
	private String room;

	@Column(name = "created_by", nullable = false, updatable = false, length = 254)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "cancelled_by", length = 254)
	private String cancelledBy;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	/**
	 * The secret of its check-in codes (hex); set when first asked for on sessions
	 * older than V19.
	 */
	@Column(name = "check_in_secret", length = 64)
	private String checkInSecret;

	@Version
	@Column(name = "row_version", nullable = false)
	private long rowVersion;

	protected LiveSession() {
	}

	public LiveSession(long activityId, String moduleKey, Instant startsAt, Instant endsAt, String timeZone,
			Integer capacity, String joinUrl, String room, String createdBy, Instant createdAt) {
		if (!endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("a session ends after it starts");
		}
		this.activityId = activityId;
		this.moduleKey = Objects.requireNonNull(moduleKey);
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.timeZone = Objects.requireNonNull(timeZone);
		this.capacity = capacity;
		this.joinUrl = joinUrl;
		this.room = room;
		this.createdBy = Objects.requireNonNull(createdBy);
		this.createdAt = Objects.requireNonNull(createdAt);
		this.checkInSecret = org.opencme.attendance.control.CheckInCode.newSecret();
	}

	/**
	 * The secret of the check-in codes; a session scheduled before they existed
	 * gets one now.
	 */
	public String checkInSecret() {
		if (checkInSecret == null) {
			checkInSecret = org.opencme.attendance.control.CheckInCode.newSecret();
		}
		return checkInSecret;
	}

	/** Cancels the session once; it stays on record. */
	public void cancel(String actor, Instant at) {
		if (cancelledAt != null) {
			throw new IllegalStateException("session " + id + " was cancelled already");
		}
		cancelledBy = Objects.requireNonNull(actor);
		cancelledAt = Objects.requireNonNull(at);
	}

	public boolean cancelled() {
		return cancelledAt != null;
	}

	public Long id() {
		return id;
	}

	public long activityId() {
		return activityId;
	}

	public String moduleKey() {
		return moduleKey;
	}

	public Instant startsAt() {
		return startsAt;
	}

	public Instant endsAt() {
		return endsAt;
	}

	public String timeZone() {
		return timeZone;
	}

	public Integer capacity() {
		return capacity;
	}

	public String joinUrl() {
		return joinUrl;
	}

	public String room() {
		return room;
	}

	public String createdBy() {
		return createdBy;
	}

	public String cancelledBy() {
		return cancelledBy;
	}

	public Instant cancelledAt() {
		return cancelledAt;
	}
}
