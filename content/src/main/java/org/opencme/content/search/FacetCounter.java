package org.opencme.content.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * The counting pass of a search, in bit sets: per segment, the documents
 * matching the text and availability ({@link QueryBits}), the documents having
 * a selected value of each filtered facet, their intersection (the hits, handed
 * to the scoring pass as a {@link HitSetQuery}), and each facet's counts as one
 * pop count per value over the documents that pass every <em>other</em> facet's
 * filter (drill-sideways: a facet lists its alternatives, not only the chosen
 * value). Segments are counted on the searcher's threads.
 *
 * <p>
 * Gives the same totals and counts as the one-pass {@code FacetCollector} of
 * the tests, which visits the hits one by one ({@code TwoPassSearchTest}).
 */
final class FacetCounter {

	private static final CatalogFacet[] FACETS = CatalogFacet.values();

	/** The number of hits, every facet's counts and the hits themselves. */
	record Result(long total, Map<CatalogFacet, Map<String, Long>> counts, HitSetQuery hits) {
	}

	private record LeafCounts(int leaf, FixedBitSet hits, int total, FacetColumns columns, int[][] counts) {
	}

	private FacetCounter() {
	}

	static Result count(IndexSearcher searcher, Query query, Map<CatalogFacet, Set<String>> selections)
			throws IOException {
		QueryBits matching = QueryBits.of(searcher, query);
		List<Callable<LeafCounts>> tasks = new ArrayList<>();
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			tasks.add(() -> count(leaf, matching, selections));
		}
		List<LeafCounts> leaves = searcher.getTaskExecutor().invokeAll(tasks);
		Map<CatalogFacet, Map<String, Long>> counts = new EnumMap<>(CatalogFacet.class);
		Map<Integer, HitSetQuery.LeafHits> hits = new HashMap<>();
		long total = 0;
		for (LeafCounts leaf : leaves) {
			total += leaf.total();
			hits.put(leaf.leaf(), new HitSetQuery.LeafHits(leaf.hits(), leaf.total()));
			for (int f = 0; f < FACETS.length; f++) {
				Map<String, Long> target = counts.computeIfAbsent(FACETS[f], k -> new HashMap<>());
				int[] perOrd = leaf.counts()[f];
				for (int ord = 0; ord < perOrd.length; ord++) {
					if (perOrd[ord] > 0) {
						target.merge(leaf.columns().value(f, ord), (long) perOrd[ord], Long::sum);
					}
				}
			}
		}
		return new Result(total, counts, new HitSetQuery(hits));
	}

	private static LeafCounts count(LeafReaderContext leaf, QueryBits matching,
			Map<CatalogFacet, Set<String>> selections) throws IOException {
		int maxDoc = leaf.reader().maxDoc();
		FixedBitSet matched = matching.bits(leaf);
		FacetColumns columns = FacetColumns.of(leaf.reader());
		FixedBitSet[] selected = new FixedBitSet[FACETS.length];
		for (int f = 0; f < FACETS.length; f++) {
			Set<String> selection = selections.get(FACETS[f]);
			if (selection != null && !selection.isEmpty()) {
				selected[f] = columns.docsWithAny(f, ordinals(columns, f, selection), maxDoc);
			}
		}
		FixedBitSet hits = matched.clone();
		for (FixedBitSet filter : selected) {
			if (filter != null) {
				hits.and(filter);
			}
		}
		int[][] counts = new int[FACETS.length][];
		for (int f = 0; f < FACETS.length; f++) {
			counts[f] = new int[columns.valueCount(f)];
			columns.count(f, sideways(matched, hits, selected, f), counts[f]);
		}
		return new LeafCounts(leaf.ord, hits, hits.cardinality(), columns, counts);
	}

	/**
	 * The documents facet {@code f} is counted over: those matching the query and
	 * every other facet's filter.
	 */
	private static FixedBitSet sideways(FixedBitSet matched, FixedBitSet hits, FixedBitSet[] selected, int f) {
		if (selected[f] == null) {
			return hits;
		}
		FixedBitSet docs = matched.clone();
		for (int g = 0; g < selected.length; g++) {
			if (g != f && selected[g] != null) {
				docs.and(selected[g]);
			}
		}
		return docs;
	}

	/** The segment's ordinals of {@code selection}'s values, ascending. */
	private static int[] ordinals(FacetColumns columns, int facet, Set<String> selection) {
		return selection.stream().mapToInt(value -> columns.ordOf(facet, value)).filter(ord -> ord >= 0).sorted()
				.toArray();
	}
}
