package org.opencme.learning.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.FeedbackTiming;
import org.opencme.content.pkg.OptionSpec;
import org.opencme.content.pkg.QuestionSpec;
import org.opencme.content.pkg.QuestionType;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.content.pkg.QuizRole;
import org.opencme.learning.entity.Attempt;
import org.opencme.platform.boundary.InvalidInputException;

class AnswerRulesTest {

	private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");
	private static final Instant DEADLINE = START.plusSeconds(600);

	private static QuestionSpec question(String key, QuestionType type) {
		return new QuestionSpec(key, type, "Q " + key, List.of(new OptionSpec("a", "x", true),
				new OptionSpec("b", "y", true), new OptionSpec("c", "z", false)), null);
	}

	private final QuizModuleSpec quiz = new QuizModuleSpec("post", "Post-test", true, QuizRole.POST_TEST, 80, 3, 10,
			false, false, null, FeedbackTiming.AFTER_SUBMIT,
			List.of(question("single", QuestionType.SINGLE_CHOICE), question("multi", QuestionType.MULTIPLE_CHOICE),
					question("tf", QuestionType.TRUE_FALSE), question("undrawn", QuestionType.MULTIPLE_CHOICE)));

	private Attempt attempt() {
		Map<String, List<String>> order = new LinkedHashMap<>();
		order.put("single", List.of("c", "a", "b"));
		order.put("multi", List.of("a", "b", "c"));
		order.put("tf", List.of("a", "b"));
		return new Attempt(1, "post", 1, List.of("single", "multi", "tf"), order, START, DEADLINE);
	}

	private static InvalidInputException refused(Runnable r) {
		return assertThrows(InvalidInputException.class, r::run);
	}

	@Test
	void anyOfTheQuestionsOwnOptionsAndOneOnlyWhereOneIsAsked() {
		Attempt attempt = attempt();
		assertDoesNotThrow(() -> AnswerRules.requireValid(quiz, attempt, "single", Set.of("c")));
		assertDoesNotThrow(() -> AnswerRules.requireValid(quiz, attempt, "multi", Set.of("a", "b", "c")));
		assertDoesNotThrow(() -> AnswerRules.requireValid(quiz, attempt, "tf", Set.of("b")));
		assertDoesNotThrow(() -> AnswerRules.requireValid(quiz, attempt, "single", Set.of()), "clearing an answer");
		assertEquals(Map.of("selected", "Choose among the question's options, one only."),
				refused(() -> AnswerRules.requireValid(quiz, attempt, "single", Set.of("a", "b"))).fieldErrors());
		assertEquals(Map.of("selected", "Choose among the question's options, one only."),
				refused(() -> AnswerRules.requireValid(quiz, attempt, "tf", Set.of("a", "b"))).fieldErrors());
	}

	@Test
	void optionsOutsideTheQuestionAreRefused() {
		Attempt attempt = attempt();
		InvalidInputException e = refused(() -> AnswerRules.requireValid(quiz, attempt, "multi", Set.of("a", "d")));
		assertEquals("Invalid answer.", e.getMessage());
		assertEquals(Map.of("selected", "Choose among the question's options."), e.fieldErrors());
		assertEquals(Map.of("selected", "Choose among the question's options, one only."),
				refused(() -> AnswerRules.requireValid(quiz, attempt, "tf", Set.of("c"))).fieldErrors(),
				"only the options drawn into the attempt");
	}

	@Test
	void onlyQuestionsDrawnIntoTheAttempt() {
		InvalidInputException e = refused(() -> AnswerRules.requireValid(quiz, attempt(), "undrawn", Set.of("a")));
		assertEquals("Unknown question.", e.getMessage());
		assertEquals(Map.of("questionId", "undrawn is not in this attempt."), e.fieldErrors());
	}

	@Test
	void answersAreTakenUntilTheEndOfTheGraceAndNotOnceSubmitted() {
		Attempt attempt = attempt();
		assertEquals(Optional.empty(), AnswerRules.closed(attempt, DEADLINE));
		assertEquals(Optional.empty(), AnswerRules.closed(attempt, DEADLINE.plus(Attempt.GRACE)));
		assertEquals(Optional.of("Time is up: the answers saved before the limit will be graded."),
				AnswerRules.closed(attempt, DEADLINE.plus(Attempt.GRACE).plusNanos(1)));
		attempt.submit(0, false, START.plusSeconds(1));
		assertEquals(Optional.of("This attempt was submitted; answers can no longer change."),
				AnswerRules.closed(attempt, START.plusSeconds(2)));
	}
}
