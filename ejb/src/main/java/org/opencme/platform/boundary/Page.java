package org.opencme.platform.boundary;

import java.util.List;

/** One page of a longer list: the items and how many there are in all. */
public record Page<T>(long total, List<T> items) {

	public Page {
		items = List.copyOf(items);
	}
}
