package org.opencme.learning.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.opencme.content.pkg.OptionSpec;
import org.opencme.content.pkg.QuestionSpec;
import org.opencme.content.pkg.QuizModuleSpec;

/**
 * Which questions an attempt asks and in which order, and the order of each
 * question's options: drawn and shuffled as the quiz says, fixed when the
 * attempt starts so that a resumed attempt looks the same.
 */
public final class QuestionDraw {

	/**
	 * The draw of one attempt: question keys in order, and option keys in order per
	 * question.
	 */
	public record Drawn(List<String> questionKeys, Map<String, List<String>> optionOrder) {
	}

	private QuestionDraw() {
	}

	public static Drawn draw(QuizModuleSpec quiz, Random random) {
		List<QuestionSpec> questions = new ArrayList<>(quiz.questions());
		if (quiz.shuffleQuestions()) {
			Collections.shuffle(questions, random);
		}
		if (quiz.drawCount() != null && quiz.drawCount() > 0 && quiz.drawCount() < questions.size()) {
			if (!quiz.shuffleQuestions()) {
				Collections.shuffle(questions, random);
				List<QuestionSpec> chosen = new ArrayList<>(questions.subList(0, quiz.drawCount()));
				chosen.sort((a, b) -> Integer.compare(quiz.questions().indexOf(a), quiz.questions().indexOf(b)));
				questions = chosen;
			} else {
				questions = new ArrayList<>(questions.subList(0, quiz.drawCount()));
			}
		}
		Map<String, List<String>> options = new LinkedHashMap<>();
		for (QuestionSpec question : questions) {
			List<String> keys = new ArrayList<>(question.options().stream().map(OptionSpec::key).toList());
			if (quiz.shuffleOptions()) {
				Collections.shuffle(keys, random);
			}
			options.put(question.key(), keys);
		}
		return new Drawn(questions.stream().map(QuestionSpec::key).toList(), options);
	}
}
