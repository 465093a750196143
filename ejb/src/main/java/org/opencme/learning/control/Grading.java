package org.opencme.learning.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencme.content.pkg.OptionSpec;
import org.opencme.content.pkg.QuestionSpec;
import org.opencme.content.pkg.QuizModuleSpec;

/**
 * Scores an attempt: a question counts when exactly its correct options were
 * chosen (no partial credit for multiple choice); the score is the share of
 * correct questions, rounded down, and passes at the pass mark (the quiz's, or
 * {@link QuizModuleSpec#DEFAULT_PASS_PERCENT}).
 */
public final class Grading {

	/** The outcome of an attempt. */
	public record Result(int correct, int asked, int percent, boolean passed) {
	}

	private Grading() {
	}

	/** The quiz's pass mark, or the default when the quiz sets none. */
	public static int passPercent(QuizModuleSpec quiz) {
		return quiz.passPercent() == null ? QuizModuleSpec.DEFAULT_PASS_PERCENT : quiz.passPercent();
	}

	/** Whether {@code selected} is exactly the question's correct options. */
	public static boolean isCorrect(QuestionSpec question, Set<String> selected) {
		Set<String> expected = question.options().stream().filter(OptionSpec::correct).map(OptionSpec::key)
				.collect(Collectors.toSet());
		return expected.equals(selected);
	}

	public static Result grade(List<QuestionSpec> asked, Map<String, Set<String>> answers, int passPercent) {
		int correct = 0;
		for (QuestionSpec question : asked) {
			if (isCorrect(question, answers.getOrDefault(question.key(), Set.of()))) {
				correct++;
			}
		}
		int percent = asked.isEmpty() ? 0 : correct * 100 / asked.size();
		return new Result(correct, asked.size(), percent, percent >= passPercent);
	}
}
