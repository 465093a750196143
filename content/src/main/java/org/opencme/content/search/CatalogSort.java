package org.opencme.content.search;

/** Orders of a catalog result page. */
public enum CatalogSort {
	/**
	 * Best match first (BM25 over the weighted fields); without search text, index
	 * order.
	 */
	RELEVANCE,
	/** Most recently published first. */
	DATE,
	/**
	 * Soonest upcoming session first; activities without a session (on-demand)
	 * last.
	 */
	NEXT_SESSION
}
