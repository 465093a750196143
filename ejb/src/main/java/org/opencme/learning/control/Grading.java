package org.opencme.learning.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencme.content.pkg.OptionSpec;
import org.opencme.content.pkg.QuestionSpec;

/**
 * Scores an attempt: a question counts when exactly its correct options were
 * chosen (no partial credit for multiple choice); the score is the share of
 * correct questions, rounded down, and passes at the pass mark.
 */
public final class Grading {

	/** The outcome of an attempt. */
	public record Result(int correct, int asked, int percent, boolean passed) {
	}

	private Grading() {
	}

	public static Result grade(List<QuestionSpec> asked, Map<String, Set<String>> answers, int passPercent) {
		int correct = 0;
		for (QuestionSpec question : asked) {
			Set<String> expected = question.options().stream().filter(OptionSpec::correct).map(OptionSpec::key)
					.collect(Collectors.toSet());
			if (expected.equals(answers.getOrDefault(question.key(), Set.of()))) {
				correct++;
			}
		}
		int percent = asked.isEmpty() ? 0 : correct * 100 / asked.size();
		return new Result(correct, asked.size(), percent, percent >= passPercent);
	}
}
