package org.opencme.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One attempt at a quiz: the questions and option order drawn when it started,
 * its deadline when the quiz has a time limit, and once submitted its score. A
 * submitted attempt never changes. Time limits are decided from what is stored:
 * the deadline fixed at the start, and the server's time when asked.
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

	/** The grace after the deadline for answers still on the network. */
	public static final Duration GRACE = Duration.ofSeconds(5);

	/**
	 * The deadline of an attempt started at {@code startedAt}: the time limit
	 * later, or {@code null} for an untimed quiz.
	 */
	public static Instant deadlineFor(Instant startedAt, Integer timeLimitMinutes) {
		return timeLimitMinutes == null ? null : startedAt.plus(Duration.ofMinutes(timeLimitMinutes));
	}

	/**
	 * Past the deadline (with {@link #GRACE} for the network), answers are no
	 * longer accepted; at exactly the end of the grace they still are.
	 */
	public boolean isOverdue(Instant now) {
		return deadlineAt != null && now.isAfter(deadlineAt.plus(GRACE));
	}

	/**
	 * When an attempt graded at {@code now} counts as submitted: at its deadline
	 * when it is overdue (the time ran out then, whenever the server notices), else
	 * now (also within the grace).
	 */
	public Instant gradedAt(Instant now) {
		return isOverdue(now) ? deadlineAt : now;
	}

	/**
	 * Whole seconds left until the deadline at {@code now} (0 once past it), or -1
	 * when there is no limit or the attempt was submitted.
	 */
	public long secondsLeft(Instant now) {
		if (deadlineAt == null || isSubmitted()) {
			return -1;
		}
		return Math.max(0, Duration.between(now, deadlineAt).toSeconds());
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
