package org.opencme.content.search;

/** How many matching activities carry one facet value. */
public record FacetCount(String value, long count) {
}
