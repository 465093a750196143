package org.opencme.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A learner's answer to one evaluation item, saved when given; changeable until
 * the evaluation is submitted.
 */
@Entity
@Table(name = "evaluation_answer")
@IdClass(EvaluationAnswer.Key.class)
public class EvaluationAnswer {

	/** Composite key: enrolment, module, item. */
	public static class Key implements Serializable {
		private static final long serialVersionUID = 1L;
		private long enrollmentId;
		private String moduleKey;
		private String itemKey;

		public Key() {
		}

		public Key(long enrollmentId, String moduleKey, String itemKey) {
			this.enrollmentId = enrollmentId;
			this.moduleKey = moduleKey;
			this.itemKey = itemKey;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key k && k.enrollmentId == enrollmentId && Objects.equals(k.moduleKey, moduleKey)
					&& Objects.equals(k.itemKey, itemKey);
		}

		@Override
		public int hashCode() {
			return Objects.hash(enrollmentId, moduleKey, itemKey);
		}
	}

	@Id
	@Column(name = "enrollment_id")
	private long enrollmentId;

	@Id
	@Column(name = "module_key", length = 80)
	private String moduleKey;

	@Id
	@Column(name = "item_key", length = 80)
	private String itemKey;

	@Column(nullable = false, length = 4000)
	private String answer;

	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;

	protected EvaluationAnswer() {
	}

	public EvaluationAnswer(long enrollmentId, String moduleKey, String itemKey, String answer, Instant savedAt) {
		this.enrollmentId = enrollmentId;
		this.moduleKey = moduleKey;
		this.itemKey = itemKey;
		change(answer, savedAt);
	}

	public void change(String newAnswer, Instant at) {
		this.answer = newAnswer.length() > 4000 ? newAnswer.substring(0, 4000) : newAnswer;
		this.savedAt = at;
	}

	public String itemKey() {
		return itemKey;
	}

	public String answer() {
		return answer;
	}
}
