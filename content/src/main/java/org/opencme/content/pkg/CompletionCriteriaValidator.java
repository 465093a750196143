package org.opencme.content.pkg;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Package validation of the completion criteria: they must be achievable with
 * the package's own modules. (How far an enrolment is along them is
 * {@code learning.control.CompletionProgress}.)
 */
final class CompletionCriteriaValidator {

	private CompletionCriteriaValidator() {
	}

	static void check(CompletionCriteriaSpec criteria, List<ModuleSpec> modules, Problems problems) {
		Set<String> keys = modules.stream().map(ModuleSpec::key).collect(Collectors.toSet());
		List<String> required = criteria.requiredModules();
		for (int i = 0; i < required.size(); i++) {
			if (!keys.contains(required.get(i))) {
				problems.add("completionCriteria.requiredModules[" + i + "]",
						"refers to module \"" + required.get(i) + "\", which is not in the package");
			}
		}
		problems.unique("completionCriteria.requiredModules", required, "module");
		if (criteria.postTestPassPercent() != null) {
			problems.range("completionCriteria.postTestPassPercent", criteria.postTestPassPercent(), 1, 100);
			requireModule(modules.stream().anyMatch(CompletionCriteriaValidator::isPostTest), "postTestPassPercent",
					"a POST_TEST quiz", problems);
		}
		if (criteria.minAttendancePercent() != null) {
			problems.range("completionCriteria.minAttendancePercent", criteria.minAttendancePercent(), 1, 100);
			requireModule(has(modules, ModuleKind.LIVE_SESSION) || has(modules, ModuleKind.PROCTORED_SESSION),
					"minAttendancePercent", "a LIVE_SESSION or PROCTORED_SESSION module", problems);
		}
		if (criteria.evaluationRequired()) {
			requireModule(has(modules, ModuleKind.EVALUATION), "evaluationRequired", "an EVALUATION module", problems);
		}
		if (criteria.attestationRequired()) {
			requireModule(has(modules, ModuleKind.ATTESTATION), "attestationRequired", "an ATTESTATION module",
					problems);
		}
	}

	private static boolean isPostTest(ModuleSpec module) {
		return module instanceof QuizModuleSpec quiz && quiz.role() == QuizRole.POST_TEST;
	}

	private static boolean has(List<ModuleSpec> modules, ModuleKind kind) {
		return modules.stream().anyMatch(m -> m.kind() == kind);
	}

	private static void requireModule(boolean present, String field, String what, Problems problems) {
		if (!present) {
			problems.add("completionCriteria." + field, "needs " + what + " in the package");
		}
	}
}
