package org.opencme.content.pkg;

import java.util.List;

/**
 * What an enrollment must show to complete. {@code postTestPassPercent} and
 * {@code minAttendancePercent} are {@code null} when not part of the criteria.
 */
public record CompletionCriteriaSpec(List<String> requiredModules, Integer postTestPassPercent,
		boolean evaluationRequired, Integer minAttendancePercent, boolean attestationRequired) {

	public CompletionCriteriaSpec {
		requiredModules = Lists.copy(requiredModules);
	}
}
