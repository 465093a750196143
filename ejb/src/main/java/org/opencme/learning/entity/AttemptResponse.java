package org.opencme.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options a learner chose for one question of an attempt, saved the moment
 * they were given.
 */
@Entity
@Table(name = "attempt_response")
@IdClass(AttemptResponse.Key.class)
public class AttemptResponse {

	/** Composite key: attempt and question. */
	public static class Key implements Serializable {
		private static final long serialVersionUID = 1L;
		private long attemptId;
		private String questionKey;

		public Key() {
		}

		public Key(long attemptId, String questionKey) {
			this.attemptId = attemptId;
			this.questionKey = questionKey;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key k && k.attemptId == attemptId && Objects.equals(k.questionKey, questionKey);
		}

		@Override
		public int hashCode() {
			return Objects.hash(attemptId, questionKey);
		}
	}

	@Id
	@Column(name = "attempt_id")
	private long attemptId;

	@Id
	@Column(name = "question_key", length = 80)
	private String questionKey;

	@Column(nullable = false, length = 400)
	private String selected;

	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;

	protected AttemptResponse() {
	}

	public AttemptResponse(long attemptId, String questionKey, Set<String> selected, Instant savedAt) {
		this.attemptId = attemptId;
		this.questionKey = questionKey;
		change(selected, savedAt);
	}

	/**
	 * A learner changes an answer before submitting; the attempt keeps only the
	 * latest choice.
	 */
	public void change(Set<String> options, Instant at) {
		this.selected = String.join(",", new TreeSet<>(options));
		this.savedAt = at;
	}

	public String questionKey() {
		return questionKey;
	}

	public Set<String> selected() {
		return selected.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(selected.split(",")));
	}

	public Instant savedAt() {
		return savedAt;
	}
}
