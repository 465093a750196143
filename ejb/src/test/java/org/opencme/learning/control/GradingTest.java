package org.opencme.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.FeedbackTiming;
import org.opencme.content.pkg.OptionSpec;
import org.opencme.content.pkg.QuestionSpec;
import org.opencme.content.pkg.QuestionType;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.content.pkg.QuizRole;

class GradingTest {

	private static QuizModuleSpec quiz(Integer passPercent) {
		return new QuizModuleSpec("post", "Post-test", true, QuizRole.POST_TEST, passPercent, 3, null, false, false,
				null, FeedbackTiming.AFTER_SUBMIT, List.of());
	}

	private static QuestionSpec question(String key) {
		return new QuestionSpec(key, QuestionType.MULTIPLE_CHOICE, "Q", List.of(new OptionSpec("a", "x", true),
				new OptionSpec("b", "y", true), new OptionSpec("c", "z", false)), null);
	}

	@Test
	void theQuizsPassMarkOrTheDefault() {
		assertEquals(80, Grading.passPercent(quiz(80)));
		assertEquals(QuizModuleSpec.DEFAULT_PASS_PERCENT, Grading.passPercent(quiz(null)));
		assertEquals(70, QuizModuleSpec.DEFAULT_PASS_PERCENT, "the mark learners and designers were told");
	}

	@Test
	void theDefaultMarkPassesAtSeventyPercentNotBelow() {
		List<QuestionSpec> ten = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(n -> question("q" + n))
				.toList();
		Map<String, Set<String>> seven = new java.util.HashMap<>();
		for (int n = 1; n <= 7; n++) {
			seven.put("q" + n, Set.of("a", "b"));
		}
		int mark = Grading.passPercent(quiz(null));
		assertTrue(Grading.grade(ten, seven, mark).passed());
		seven.remove("q7");
		assertFalse(Grading.grade(ten, seven, mark).passed());
	}

	@Test
	void correctMeansExactlyTheCorrectOptions() {
		QuestionSpec q = question("q");
		assertTrue(Grading.isCorrect(q, Set.of("a", "b")));
		assertFalse(Grading.isCorrect(q, Set.of("a")));
		assertFalse(Grading.isCorrect(q, Set.of("a", "b", "c")));
		assertFalse(Grading.isCorrect(q, Set.of()));
	}
}
