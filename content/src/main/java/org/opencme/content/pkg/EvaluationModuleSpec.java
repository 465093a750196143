package org.opencme.content.pkg;

import java.util.List;

/**
 * The learner's evaluation of the activity, which accreditors require providers
 * to collect.
 *
 * @param estimatedMinutes
 *            how long the evaluation takes, which the designer sets (null: not
 *            set, counted as 0); left out of the time a credit type counts when
 *            the type's accreditor does not count evaluation time (AANP)
 */
public record EvaluationModuleSpec(String key, String title, boolean required, List<EvaluationItemSpec> items,
		Integer estimatedMinutes) implements ModuleSpec {

	public EvaluationModuleSpec {
		items = Lists.copy(items);
	}

	/** An evaluation without an estimated time. */
	public EvaluationModuleSpec(String key, String title, boolean required, List<EvaluationItemSpec> items) {
		this(key, title, required, items, null);
	}

	/** The minutes to leave out of a type that does not count evaluation time. */
	public int minutesToLeaveOut() {
		return estimatedMinutes == null ? 0 : estimatedMinutes;
	}

	@Override
	public ModuleKind kind() {
		return ModuleKind.EVALUATION;
	}
}
