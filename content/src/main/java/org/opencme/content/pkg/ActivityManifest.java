package org.opencme.content.pkg;

import java.util.List;
import java.util.Optional;

/**
 * The content of {@code manifest.json}: the activity, how it is completed, the
 * certificate template and the ordered modules. The format version and the file
 * listing are packaging details handled by the reader and writer, not part of
 * the model. {@code certificateTemplate} names a template of the certification
 * context ({@code null}: default).
 */
public record ActivityManifest(ActivitySpec activity, CompletionCriteriaSpec completionCriteria,
		String certificateTemplate, List<ModuleSpec> modules) {

	public ActivityManifest {
		modules = Lists.copy(modules);
	}

	public Optional<ModuleSpec> module(String key) {
		return modules.stream().filter(m -> m.key() != null && m.key().equals(key)).findFirst();
	}
}
