package org.opencme.content.search;

/**
 * The facets a catalog page counts. {@link #key()} is the name used in
 * {@link CatalogPage#facets()} and matches the REST query parameter of the same
 * filter.
 */
public enum CatalogFacet {
	FORMAT("format"), CREDIT_TYPE("creditType"), TOPIC("topic"),
	/** Values {@code "true"} (no fee) and {@code "false"} (a fee applies). */
	FREE("free"),
	/**
	 * The month of a live activity's next session, {@code "2026-12"} (UTC):
	 * upcoming dates as a facet, in calendar order.
	 */
	STARTS("starts");

	private final String key;

	CatalogFacet(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}
}
