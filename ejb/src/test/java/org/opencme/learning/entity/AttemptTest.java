package org.opencme.learning.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Grading at the deadline: decided from the stored deadline and the server's
 * time, never from what the browser says.
 */
class AttemptTest {

	private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");
	private static final Instant DEADLINE = START.plus(Duration.ofMinutes(10));

	private static Attempt timed() {
		return new Attempt(1, "post", 1, List.of("q1"), Map.of("q1", List.of("a", "b")), START,
				Attempt.deadlineFor(START, 10));
	}

	private static Attempt untimed() {
		return new Attempt(1, "post", 1, List.of("q1"), Map.of("q1", List.of("a", "b")), START,
				Attempt.deadlineFor(START, null));
	}

	@Test
	void theDeadlineIsTheLimitAfterTheStart() {
		assertEquals(DEADLINE, timed().deadlineAt());
		assertNull(untimed().deadlineAt());
	}

	@Test
	void overdueOnlyAfterTheGrace() {
		Attempt attempt = timed();
		assertFalse(attempt.isOverdue(DEADLINE));
		assertFalse(attempt.isOverdue(DEADLINE.plusSeconds(5)), "exactly at the end of the grace");
		assertTrue(attempt.isOverdue(DEADLINE.plusSeconds(5).plusNanos(1)));
		assertFalse(untimed().isOverdue(START.plus(Duration.ofDays(365))), "no limit, never overdue");
	}

	@Test
	void anOverdueAttemptIsGradedAtItsDeadlineWheneverTheServerNotices() {
		assertEquals(DEADLINE, timed().gradedAt(DEADLINE.plusSeconds(6)));
		assertEquals(DEADLINE, timed().gradedAt(DEADLINE.plus(Duration.ofDays(3))), "the learner came back later");
	}

	@Test
	void inTimeOrWithinTheGraceItIsGradedWhenSubmitted() {
		assertEquals(START.plusSeconds(60), timed().gradedAt(START.plusSeconds(60)));
		assertEquals(DEADLINE, timed().gradedAt(DEADLINE), "exactly at the deadline");
		assertEquals(DEADLINE.plusSeconds(5), timed().gradedAt(DEADLINE.plusSeconds(5)), "within the grace");
		assertEquals(START.plus(Duration.ofDays(2)), untimed().gradedAt(START.plus(Duration.ofDays(2))));
	}

	@Test
	void aSubmittedAttemptKeepsItsFirstResult() {
		Attempt attempt = timed();
		attempt.submit(80, true, attempt.gradedAt(DEADLINE.plusSeconds(30)));
		attempt.submit(0, false, START.plusSeconds(1));
		assertEquals(80, attempt.scorePercent());
		assertEquals(Boolean.TRUE, attempt.passed());
		assertEquals(DEADLINE, attempt.submittedAt());
	}

	@Test
	void secondsLeftCountDownToZeroAndAreMinusOneWithoutALimitOrOnceSubmitted() {
		Attempt attempt = timed();
		assertEquals(600, attempt.secondsLeft(START));
		assertEquals(0, attempt.secondsLeft(DEADLINE.minusMillis(500)), "whole seconds, rounded down");
		assertEquals(0, attempt.secondsLeft(DEADLINE.plusSeconds(30)));
		assertEquals(-1, untimed().secondsLeft(START));
		attempt.submit(0, false, START.plusSeconds(1));
		assertEquals(-1, attempt.secondsLeft(START.plusSeconds(2)));
	}
}
