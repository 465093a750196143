package org.opencme.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One attempt at a quiz: the questions and option order drawn when it started,
 * its deadline when the quiz has a time limit, and once submitted its score. A
 * submitted attempt never changes.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_seq")
	@SequenceGenerator(name = "attempt_seq", sequenceName = "attempt_seq", allocationSize = 50)
	private Long id;

	@Column(name = "enrollment_id", nullable = false, updatable = false)
	private long enrollmentId;

	@Column(name = "module_key", nullable = false, updatable = false, length = 80)
	private String moduleKey;

	@Column(name = "attempt_no", nullable = false, updatable = false)
	private int attemptNo;

	@Column(name = "question_keys", nullable = false, updatable = false, length = 4000)
	private String questionKeys;

	@Column(name = "option_order", nullable = false, updatable = false, length = 8000)
	private String optionOrder;

	@Column(name = "started_at", nullable = false, updatable = false)
	private Instant startedAt;

	@Column(name = "deadline_at", updatable = false)
	private Instant deadlineAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "score_percent")
	private Integer scorePercent;

	@Column
	private Boolean passed;

	@Version
	@Column(name = "row_version", nullable = false)
	private long version;

	protected Attempt() {
	}

	public Attempt(long enrollmentId, String moduleKey, int attemptNo, List<String> questionKeys,
			Map<String, List<String>> optionOrder, Instant startedAt, Instant deadlineAt) {
		this.enrollmentId = enrollmentId;
		this.moduleKey = moduleKey;
		this.attemptNo = attemptNo;
		this.questionKeys = String.join("\n", questionKeys);
		StringBuilder order = new StringBuilder();
		optionOrder.forEach((q, options) -> order.append(q).append('=').append(String.join(",", options)).append('\n'));
		this.optionOrder = order.toString();
		this.startedAt = startedAt;
		this.deadlineAt = deadlineAt;
	}

	public boolean isSubmitted() {
		return submittedAt != null;
	}

	/**
	 * Past the deadline (with a few seconds' grace for the network), answers are no
	 * longer accepted.
	 */
	public boolean isOverdue(Instant now) {
		return deadlineAt != null && now.isAfter(deadlineAt.plusSeconds(5));
	}

	public void submit(int percent, boolean pass, Instant at) {
		if (submittedAt == null) {
			submittedAt = at;
			scorePercent = percent;
			passed = pass;
		}
	}

	public List<String> questionKeys() {
		return questionKeys.isEmpty() ? List.of() : Arrays.asList(questionKeys.split("\n"));
	}

	public Map<String, List<String>> optionOrder() {
		Map<String, List<String>> order = new LinkedHashMap<>();
		for (String line : optionOrder.split("\n")) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				order.put(line.substring(0, eq), Arrays.asList(line.substring(eq + 1).split(",")));
			}
		}
		return order;
	}

	public Long id() {
		return id;
	}

	public long enrollmentId() {
		return enrollmentId;
	}

	public String moduleKey() {
		return moduleKey;
	}

	public int attemptNo() {
		return attemptNo;
	}

	public Instant startedAt() {
		return startedAt;
	}

	public Instant deadlineAt() {
		return deadlineAt;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Integer scorePercent() {
		return scorePercent;
	}

	public Boolean passed() {
		return passed;
	}
}
