package org.opencme.content.pkg;

import java.util.List;

/**
 * A pre- or post-test with its question bank. {@code attemptLimit},
 * {@code timeLimitMinutes} and {@code drawCount} are {@code null} when
 * unlimited / untimed / all questions are used.
 */
public record QuizModuleSpec(String key, String title, boolean required, QuizRole role, Integer passPercent,
		Integer attemptLimit, Integer timeLimitMinutes, boolean shuffleQuestions, boolean shuffleOptions,
		Integer drawCount, FeedbackTiming feedback, List<QuestionSpec> questions) implements ModuleSpec {

	public QuizModuleSpec {
		questions = Lists.copy(questions);
	}

	@Override
	public ModuleKind kind() {
		return ModuleKind.QUIZ;
	}
}
