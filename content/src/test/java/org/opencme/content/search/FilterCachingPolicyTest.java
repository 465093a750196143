package org.opencme.content.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/**
 * Filters are cached once they are used often; anything reading a text field
 * never is, so a word search costs the same however often it was run.
 */
class FilterCachingPolicyTest {

	private final FilterCachingPolicy policy = new FilterCachingPolicy();

	@Test
	void anAvailabilityFilterUsedOftenIsCached() throws IOException {
		Query available = CatalogFilters.availableOn(LocalDate.of(2026, 11, 24));
		for (int i = 0; i < 10; i++) {
			policy.onUse(available);
		}
		assertTrue(policy.shouldCache(available));
	}

	@Test
	void aTextQueryIsNeverCachedHoweverOftenItRuns() throws IOException {
		Query text = new DisjunctionMaxQuery(java.util.List.of(new TermQuery(new Term(CatalogFields.TITLE, "sepsi")),
				new PhraseQuery(CatalogFields.BODY, "share", "decis", "make")), 0f);
		Query restricted = new BooleanQuery.Builder().add(text, Occur.MUST)
				.add(CatalogFilters.availableOn(LocalDate.of(2026, 11, 24)), Occur.FILTER).build();
		for (int i = 0; i < 50; i++) {
			policy.onUse(text);
			policy.onUse(restricted);
		}
		assertFalse(policy.shouldCache(text));
		assertFalse(policy.shouldCache(restricted));
	}

	@Test
	void aFacetTermIsNotText() {
		assertFalse(FilterCachingPolicy.readsText(new TermQuery(new Term(CatalogFields.LIVE, "false"))));
		assertTrue(FilterCachingPolicy.readsText(new TermQuery(new Term(CatalogFields.FACULTY, "smith"))));
	}
}
