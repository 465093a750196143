package org.opencme.content.pkg;

import java.util.List;

/**
 * A quiz must be answerable and scoreable: every question has options and the
 * right number of correct ones.
 */
final class QuizRules {

	private final Problems problems;

	QuizRules(Problems problems) {
		this.problems = problems;
	}

	void check(String path, QuizModuleSpec quiz) {
		problems.required(path + ".role", quiz.role());
		if (problems.required(path + ".passPercent", quiz.passPercent())) {
			problems.range(path + ".passPercent", quiz.passPercent(), 1, 100);
		}
		problems.range(path + ".attemptLimit", quiz.attemptLimit(), 1, 1000);
		problems.range(path + ".timeLimitMinutes", quiz.timeLimitMinutes(), 1, 24 * 60);
		problems.required(path + ".feedback", quiz.feedback());
		List<QuestionSpec> questions = quiz.questions();
		if (problems.notEmpty(path + ".questions", questions, "question")) {
			problems.range(path + ".drawCount", quiz.drawCount(), 1, questions.size());
		}
		for (int i = 0; i < questions.size(); i++) {
			question(path + ".questions[" + i + "]", questions.get(i));
		}
		problems.unique(path + ".questions", questions.stream().map(QuestionSpec::key).toList(), "question key");
	}

	private void question(String path, QuestionSpec question) {
		problems.required(path + ".key", question.key());
		problems.required(path + ".text", question.text());
		List<OptionSpec> options = question.options();
		for (int i = 0; i < options.size(); i++) {
			problems.required(path + ".options[" + i + "].key", options.get(i).key());
			problems.required(path + ".options[" + i + "].text", options.get(i).text());
		}
		problems.unique(path + ".options", options.stream().map(OptionSpec::key).toList(), "option key");
		if (problems.required(path + ".type", question.type())) {
			answers(path + ".options", question);
		}
	}

	private void answers(String path, QuestionSpec question) {
		int options = question.options().size();
		long correct = question.correctCount();
		if (options < 2) {
			problems.add(path, "needs at least two options, has " + options);
		}
		if (question.type() == QuestionType.TRUE_FALSE && options != 2) {
			problems.add(path, "a TRUE_FALSE question has exactly two options, has " + options);
		}
		if (correct == 0) {
			problems.add(path, "no option is marked correct");
		} else if (question.type() != QuestionType.MULTIPLE_CHOICE && correct != 1) {
			problems.add(path, "a " + question.type() + " question has exactly one correct option, has " + correct);
		}
	}
}
