package org.opencme.learning.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.opencme.content.pkg.EvaluationItemSpec;
import org.opencme.content.pkg.EvaluationItemType;
import org.opencme.content.pkg.EvaluationModuleSpec;
import org.opencme.platform.boundary.InvalidInputException;

/**
 * What an evaluation accepts. An answer is kept trimmed, at most
 * {@link #MAX_ANSWER} characters; a Likert item takes 1 to 5. Submitting needs
 * every Likert item answered (free-text items may stay empty), and every
 * missing one is named.
 */
public final class EvaluationRules {

	/** The {@code evaluation_answer.answer} column. */
	public static final int MAX_ANSWER = 4000;

	private EvaluationRules() {
	}

	/**
	 * The answer to keep for {@code item}: {@code answer} trimmed ({@code null} is
	 * empty).
	 *
	 * @throws InvalidInputException
	 *             naming the item, when too long or not 1 to 5 on a Likert item
	 */
	public static String accepted(EvaluationItemSpec item, String answer) {
		String value = answer == null ? "" : answer.trim();
		if (value.length() > MAX_ANSWER) {
			throw new InvalidInputException("Answer too long.",
					Map.of(item.key(), "At most " + MAX_ANSWER + " characters."));
		}
		if (item.type() == EvaluationItemType.LIKERT && !value.matches("[1-5]")) {
			throw new InvalidInputException("Choose 1 to 5.", Map.of(item.key(), "Choose a value from 1 to 5."));
		}
		return value;
	}

	/**
	 * Refuses a submission while a Likert item has no saved answer.
	 *
	 * @param answers
	 *            the saved answers by item key
	 * @throws InvalidInputException
	 *             naming every unanswered Likert item
	 */
	public static void requireSubmittable(EvaluationModuleSpec spec, Map<String, String> answers) {
		Map<String, String> missing = new LinkedHashMap<>();
		spec.items().stream().filter(i -> i.type() == EvaluationItemType.LIKERT && !answers.containsKey(i.key()))
				.forEach(i -> missing.put(i.key(), "Please answer: " + i.text()));
		if (!missing.isEmpty()) {
			throw new InvalidInputException("Some questions are not answered yet.", missing);
		}
	}
}
