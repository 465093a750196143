package org.opencme.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.FeedbackTiming;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.content.pkg.QuizRole;
import org.opencme.learning.entity.Attempt;

class AttemptRulesTest {

	private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

	private static QuizModuleSpec quiz(Integer limit) {
		return new QuizModuleSpec("post", "Post-test", true, QuizRole.POST_TEST, 80, limit, null, false, false, null,
				FeedbackTiming.AFTER_SUBMIT, List.of());
	}

	static Attempt graded(int no, boolean passed) {
		Attempt attempt = new Attempt(1, "post", no, List.of("q1"), Map.of("q1", List.of("a", "b")), START, null);
		attempt.submit(passed ? 100 : 0, passed, START.plusSeconds(60));
		return attempt;
	}

	@Test
	void theFirstAttemptAlwaysStarts() {
		assertEquals(Optional.empty(), AttemptRules.whyNoNewAttempt(quiz(1), List.of()));
		assertEquals(Optional.empty(), AttemptRules.whyNoNewAttempt(quiz(null), List.of()));
	}

	@Test
	void theLimitCountsEveryAttemptTaken() {
		QuizModuleSpec three = quiz(3);
		assertEquals(Optional.empty(), AttemptRules.whyNoNewAttempt(three, List.of(graded(1, false), graded(2, false))),
				"the last attempt is left");
		assertEquals(Optional.of("You have used all 3 attempts of this quiz."),
				AttemptRules.whyNoNewAttempt(three, List.of(graded(1, false), graded(2, false), graded(3, false))));
	}

	@Test
	void withoutALimitAttemptsGoOnUntilPassed() {
		List<Attempt> many = java.util.stream.IntStream.rangeClosed(1, 50).mapToObj(n -> graded(n, false)).toList();
		assertEquals(Optional.empty(), AttemptRules.whyNoNewAttempt(quiz(null), many));
	}

	@Test
	void aPassedQuizTakesNoMoreAttemptsEvenWithAttemptsLeft() {
		assertEquals(Optional.of("You passed this quiz already."),
				AttemptRules.whyNoNewAttempt(quiz(3), List.of(graded(1, false), graded(2, true))));
		assertEquals(Optional.of("You passed this quiz already."),
				AttemptRules.whyNoNewAttempt(quiz(2), List.of(graded(1, false), graded(2, true))),
				"passed on the last attempt: passed is the reason");
		assertTrue(AttemptRules.anyPassed(List.of(graded(1, false), graded(2, true))));
		assertFalse(AttemptRules.anyPassed(List.of(graded(1, false))));
		assertFalse(
				AttemptRules.anyPassed(
						List.of(new Attempt(1, "post", 1, List.of("q1"), Map.of("q1", List.of("a")), START, null))),
				"an open attempt has not passed");
	}
}
