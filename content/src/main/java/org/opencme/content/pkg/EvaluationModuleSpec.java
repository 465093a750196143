package org.opencme.content.pkg;

import java.util.List;

/**
 * The learner's evaluation of the activity, which accreditors require providers
 * to collect.
 */
public record EvaluationModuleSpec(String key, String title, boolean required,
		List<EvaluationItemSpec> items) implements ModuleSpec {

	public EvaluationModuleSpec {
		items = Lists.copy(items);
	}

	@Override
	public ModuleKind kind() {
		return ModuleKind.EVALUATION;
	}
}
