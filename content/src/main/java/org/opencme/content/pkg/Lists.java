package org.opencme.content.pkg;

import java.util.List;

/**
 * Defensive copies for record components: a missing list is an empty list,
 * never {@code null}.
 */
final class Lists {

	private Lists() {
	}

	static <T> List<T> copy(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}
}
