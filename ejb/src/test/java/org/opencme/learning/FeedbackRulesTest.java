package org.opencme.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.learning.control.FeedbackRules.Shown.ANSWERS;
import static org.opencme.learning.control.FeedbackRules.Shown.NOTHING;
import static org.opencme.learning.control.FeedbackRules.Shown.WHICH_WRONG;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.FeedbackTiming;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.content.pkg.QuizRole;
import org.opencme.learning.control.FeedbackRules;
import org.opencme.learning.entity.Attempt;

class FeedbackRulesTest {

	private static QuizModuleSpec quiz(QuizRole role, Integer limit, FeedbackTiming timing, boolean reveal) {
		return new QuizModuleSpec("post", "Post-test", true, role, 80, limit, null, false, false, null, timing,
				List.of(), reveal);
	}

	@Test
	void aFailedPostTestShowsWhichAnswersWereWrongButNotTheAnswersWhileAttemptsRemain() {
		QuizModuleSpec post = quiz(QuizRole.POST_TEST, 3, FeedbackTiming.AFTER_SUBMIT, false);
		assertEquals(WHICH_WRONG, FeedbackRules.shown(post, true, false, false));
		assertEquals(WHICH_WRONG, FeedbackRules.shown(quiz(QuizRole.POST_TEST, null, null, false), true, false, false),
				"unlimited attempts: one always remains");
	}

	@Test
	void answersAndRationalesAfterAPassOrTheLastAttempt() {
		QuizModuleSpec post = quiz(QuizRole.POST_TEST, 3, FeedbackTiming.AFTER_SUBMIT, false);
		assertEquals(ANSWERS, FeedbackRules.shown(post, true, true, true));
		assertEquals(ANSWERS, FeedbackRules.shown(post, true, false, true), "the last attempt failed");
	}

	@Test
	void theDesignerMayChooseToRevealAndPreTestsAlwaysDo() {
		assertEquals(ANSWERS, FeedbackRules.shown(quiz(QuizRole.POST_TEST, 3, FeedbackTiming.AFTER_SUBMIT, true), true,
				false, false));
		assertEquals(ANSWERS, FeedbackRules.shown(quiz(QuizRole.PRE_TEST, 3, FeedbackTiming.AFTER_SUBMIT, false), true,
				false, false));
	}

	@Test
	void theTimingStillDecidesWhetherThereIsFeedbackAtAll() {
		assertEquals(NOTHING, FeedbackRules.shown(quiz(QuizRole.POST_TEST, 3, FeedbackTiming.AFTER_SUBMIT, true), false,
				false, false), "nothing before submission");
		assertEquals(NOTHING,
				FeedbackRules.shown(quiz(QuizRole.POST_TEST, 3, FeedbackTiming.NEVER, true), true, true, true));
		assertEquals(NOTHING,
				FeedbackRules.shown(quiz(QuizRole.POST_TEST, 1, FeedbackTiming.AFTER_PASS, false), true, false, true));
		assertEquals(ANSWERS,
				FeedbackRules.shown(quiz(QuizRole.POST_TEST, 3, FeedbackTiming.AFTER_PASS, false), true, true, true));
	}

	@Test
	void aQuizIsClosedWhenPassedOrOutOfAttempts() {
		assertTrue(FeedbackRules.closed(quiz(QuizRole.POST_TEST, 3, null, false), false, 3));
		assertFalse(FeedbackRules.closed(quiz(QuizRole.POST_TEST, 3, null, false), false, 2));
		assertTrue(FeedbackRules.closed(quiz(QuizRole.POST_TEST, null, null, false), true, 1));
		assertFalse(FeedbackRules.closed(quiz(QuizRole.POST_TEST, null, null, false), false, 50));
	}

	private static Attempt attempt(int no, Boolean passed) {
		Instant start = Instant.parse("2026-12-03T10:00:00Z");
		Attempt attempt = new Attempt(1, "post", no, List.of("q1"), Map.of("q1", List.of("a")), start, null);
		if (passed != null) {
			attempt.submit(passed ? 100 : 0, passed, start.plusSeconds(60));
		}
		return attempt;
	}

	@Test
	void anAttemptShowsWhatTheAttemptsAtTheQuizAllow() {
		QuizModuleSpec post = quiz(QuizRole.POST_TEST, 3, FeedbackTiming.AFTER_SUBMIT, false);
		Attempt first = attempt(1, false);
		Attempt second = attempt(2, false);
		Attempt third = attempt(3, false);
		assertEquals(WHICH_WRONG, FeedbackRules.shown(post, first, List.of(first)));
		assertEquals(WHICH_WRONG, FeedbackRules.shown(post, first, List.of(first, second)), "one attempt remains");
		assertEquals(ANSWERS, FeedbackRules.shown(post, first, List.of(first, second, third)),
				"the last attempt used: the earlier attempts show the answers too");
		Attempt passed = attempt(2, true);
		assertEquals(ANSWERS, FeedbackRules.shown(post, first, List.of(first, passed)), "after a pass");
		Attempt open = attempt(2, null);
		assertEquals(NOTHING, FeedbackRules.shown(post, open, List.of(first, open)), "not submitted");
		assertEquals(WHICH_WRONG, FeedbackRules.shown(post, first, List.of(first, open, attempt(3, null))),
				"open attempts are not used up");
	}
}
