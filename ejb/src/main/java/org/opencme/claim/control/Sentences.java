package org.opencme.claim.control;

import java.util.List;

/** Joins names into an English list: "A", "A and B", "A, B and C". */
final class Sentences {

	private Sentences() {
	}

	static String and(List<String> items) {
		if (items.isEmpty()) {
			return "";
		}
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}
}
