package org.opencme.content.search;

import java.io.IOException;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;

/**
 * Lucene's query cache keeps the filters (availability ranges, facet and
 * "upcoming" terms), which are the same for most searches of a day, but never a
 * part that reads a text field: every word search is worked out afresh, so its
 * cost does not depend on how often someone searched the same words before, and
 * the benchmark's repeated queries measure that cost rather than the cache.
 */
final class FilterCachingPolicy implements QueryCachingPolicy {

	private final UsageTrackingQueryCachingPolicy usage = new UsageTrackingQueryCachingPolicy();

	@Override
	public void onUse(Query query) {
		if (!readsText(query)) {
			usage.onUse(query);
		}
	}

	@Override
	public boolean shouldCache(Query query) throws IOException {
		return !readsText(query) && usage.shouldCache(query);
	}

	static boolean readsText(Query query) {
		boolean[] text = {false};
		query.visit(new QueryVisitor() {
			@Override
			public boolean acceptField(String field) {
				if (CatalogFields.TEXT_WEIGHTS.containsKey(field)) {
					text[0] = true;
				}
				return false;
			}

			@Override
			public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
				return this;
			}
		});
		return text[0];
	}
}
