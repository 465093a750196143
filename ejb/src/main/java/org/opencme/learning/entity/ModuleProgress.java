package org.opencme.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A learner's progress in one module of their enrolment. Once completed it
 * stays completed.
 */
@Entity
@Table(name = "module_progress")
@IdClass(ModuleProgress.Key.class)
public class ModuleProgress {

	/**
	 * Composite key: enrolment and module key (a class, as JPA fills it by
	 * reflection).
	 */
	public static class Key implements Serializable {
		private static final long serialVersionUID = 1L;
		private long enrollmentId;
		private String moduleKey;

		public Key() {
		}

		public Key(long enrollmentId, String moduleKey) {
			this.enrollmentId = enrollmentId;
			this.moduleKey = moduleKey;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key k && k.enrollmentId == enrollmentId
					&& java.util.Objects.equals(k.moduleKey, moduleKey);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(enrollmentId, moduleKey);
		}
	}

	@Id
	@Column(name = "enrollment_id")
	private long enrollmentId;

	@Id
	@Column(name = "module_key", length = 80)
	private String moduleKey;

	@Column(nullable = false)
	private boolean completed;

	@Column(name = "seconds_watched", nullable = false)
	private int secondsWatched;

	@Column(name = "watched_ms", nullable = false)
	private long watchedMillis;

	@Column(name = "last_position", nullable = false)
	private int lastPosition;

	@Column(name = "attested_minutes")
	private Integer attestedMinutes;

	@Column(name = "completed_at")
	private Instant completedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected ModuleProgress() {
	}

	public ModuleProgress(long enrollmentId, String moduleKey, Instant now) {
		this.enrollmentId = enrollmentId;
		this.moduleKey = moduleKey;
		this.updatedAt = now;
	}

	public void complete(Instant now) {
		if (!completed) {
			completed = true;
			completedAt = now;
		}
		updatedAt = now;
	}

	/**
	 * Records a heartbeat: counted milliseconds are added, the position (in whole
	 * seconds) is kept for resuming.
	 */
	public void watched(long countedMillis, int position, Instant now) {
		watchedMillis += countedMillis;
		secondsWatched = (int) Math.min(Integer.MAX_VALUE, watchedMillis / 1000);
		lastPosition = position;
		updatedAt = now;
	}

	public void attest(int minutes, Instant now) {
		attestedMinutes = minutes;
		complete(now);
	}

	public long enrollmentId() {
		return enrollmentId;
	}

	public String moduleKey() {
		return moduleKey;
	}

	public boolean isCompleted() {
		return completed;
	}

	public int secondsWatched() {
		return secondsWatched;
	}

	public long watchedMillis() {
		return watchedMillis;
	}

	public int lastPosition() {
		return lastPosition;
	}

	public Integer attestedMinutes() {
		return attestedMinutes;
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
