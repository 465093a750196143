package org.opencme.content.pkg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects problems during validation, with the small checks every rule uses.
 */
final class Problems {

	private final List<PackageProblem> list = new ArrayList<>();

	void add(String path, String message) {
		list.add(new PackageProblem(path, message));
	}

	/** True when present; otherwise records "is required". */
	boolean required(String path, Object value) {
		boolean present = value instanceof String text ? !text.isBlank() : value != null;
		if (!present) {
			add(path, "is required");
		}
		return present;
	}

	boolean notEmpty(String path, Collection<?> values, String what) {
		if (values.isEmpty()) {
			add(path, "must list at least one " + what);
		}
		return !values.isEmpty();
	}

	/** Checks {@code min <= value <= max} when the value is present. */
	void range(String path, Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			add(path, "must be between " + min + " and " + max + ", was " + value);
		}
	}

	/**
	 * Records every key that occurs more than once; {@code null} keys are left to
	 * the required check.
	 */
	void unique(String path, List<String> keys, String what) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < keys.size(); i++) {
			String key = keys.get(i);
			if (key != null && !seen.add(key)) {
				add(path + "[" + i + "]", "duplicate " + what + " \"" + key + "\"");
			}
		}
	}

	List<PackageProblem> list() {
		return List.copyOf(list);
	}
}
