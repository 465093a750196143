package org.opencme.content.search;

import java.util.List;

/**
 * One activity on a result page. {@code highlight} is HTML: text escaped,
 * matched terms wrapped in {@code <mark>}; it is safe to insert as markup.
 * {@code score} is {@code NaN} when the page is not sorted by relevance.
 */
public record CatalogHit(long activityId, String title, String format, List<CreditOffer> credits, long feeMinor,
		String highlight, float score) {

	public CatalogHit {
		credits = List.copyOf(credits);
	}
}
