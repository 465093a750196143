package org.opencme.content.pkg;

import java.util.List;

/**
 * A question with its options in authored order; {@code rationale} explains the
 * correct answer to learners.
 */
public record QuestionSpec(String key, QuestionType type, String text, List<OptionSpec> options, String rationale) {

	public QuestionSpec {
		options = Lists.copy(options);
	}

	public long correctCount() {
		return options.stream().filter(OptionSpec::correct).count();
	}
}
