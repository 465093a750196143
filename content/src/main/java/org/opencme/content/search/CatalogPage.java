package org.opencme.content.search;

import java.util.List;
import java.util.Map;

/**
 * One page of catalog results. {@code total} counts every match of the query
 * and filters; {@code facets} is keyed by {@link CatalogFacet#key()}, each list
 * sorted by count (descending), then value. A facet's counts ignore the filter
 * on that same facet (drill-sideways), so a user can widen a selection.
 */
public record CatalogPage(long total, List<CatalogHit> items, Map<String, List<FacetCount>> facets) {

	public CatalogPage {
		items = List.copyOf(items);
		facets = Map.copyOf(facets);
	}
}
