package org.opencme.learning.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ModuleKind;
import org.opencme.content.pkg.ModuleSpec;

/**
 * An enrolment's progress: what it still needs, from the version's completion
 * criteria and the modules done. A quiz module is done only when passed; the
 * post-test, evaluation and attestation criteria name their modules. (Whether
 * the criteria are achievable at all is checked when the package is validated,
 * by {@code content.pkg.CompletionCriteriaValidator}.)
 */
public final class CompletionProgress {

	private CompletionProgress() {
	}

	/** The modules that must be done, in the activity's order. */
	public static List<ModuleSpec> required(ActivityManifest manifest) {
		Set<String> keys = new LinkedHashSet<>();
		if (manifest.completionCriteria() != null) {
			keys.addAll(manifest.completionCriteria().requiredModules());
		}
		manifest.modules().stream().filter(ModuleSpec::required).forEach(m -> keys.add(m.key()));
		var criteria = manifest.completionCriteria();
		for (ModuleSpec m : manifest.modules()) {
			boolean criterion = criteria != null && (m.kind() == ModuleKind.EVALUATION && criteria.evaluationRequired()
					|| m.kind() == ModuleKind.ATTESTATION && criteria.attestationRequired());
			if (criterion) {
				keys.add(m.key());
			}
		}
		return manifest.modules().stream().filter(m -> keys.contains(m.key())).toList();
	}

	/** Required modules not done yet, in order. */
	public static List<ModuleSpec> missing(ActivityManifest manifest, Set<String> done) {
		List<ModuleSpec> missing = new ArrayList<>();
		for (ModuleSpec m : required(manifest)) {
			if (!done.contains(m.key())) {
				missing.add(m);
			}
		}
		return missing;
	}

	public static int percent(ActivityManifest manifest, Set<String> done) {
		List<ModuleSpec> required = required(manifest);
		if (required.isEmpty()) {
			return 100;
		}
		long finished = required.stream().filter(m -> done.contains(m.key())).count();
		return (int) (finished * 100 / required.size());
	}

	/** The next module to take: the first one, in order, that is not done. */
	public static Optional<ModuleSpec> next(ActivityManifest manifest, Set<String> done) {
		return manifest.modules().stream().filter(m -> !done.contains(m.key())).findFirst();
	}
}
