package org.opencme.content.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The one-pass reference the tests compare {@link FacetCounter} and the two
 * passes of {@link CatalogSearcher} with ({@link #onePass}): facet filtering,
 * facet counting and drill-sideways in one pass over the documents matching the
 * text and availability, each hit collected one by one. Every facet filter is
 * "one of these values", so it is checked on the same per-segment ordinals that
 * are counted: a document passing all facet filters is a hit (counted in every
 * facet and handed to the top-docs collector); a document failing exactly one
 * filter is counted in that facet only, which gives its drill-sideways counts;
 * the rest are skipped. Without this, each filtered facet needed another full
 * query.
 *
 * <p>
 * Hits are only noted while collecting; counting happens at the end, per
 * segment and facet in one loop over the segment's {@link FacetColumns}, by
 * ordinal into arrays resolved to strings once per segment: cheaper than a
 * global ordinal map for facets of at most a few hundred values, and nothing to
 * rebuild when the searcher refreshes.
 */
final class FacetCollector<C extends Collector> implements Collector {

	private static final CatalogFacet[] FACETS = CatalogFacet.values();

	private final Map<CatalogFacet, Set<String>> selections;
	private final C top;
	private final List<Segment> segments = new ArrayList<>();
	private long hits;

	/**
	 * One segment's hits (in every facet's counts) and, per facet, the documents
	 * that failed only that facet's filter (in its counts alone).
	 */
	private record Segment(FacetColumns columns, DocBuffer matched, DocBuffer[] missed) {
	}

	/**
	 * What one search found: the top documents, the number of hits and every
	 * facet's counts.
	 */
	record Result(TopDocs top, long total, Map<CatalogFacet, Map<String, Long>> counts) {
	}

	/**
	 * {@code query} the slow way: every hit scored and collected one by one, the
	 * page then loaded and highlighted by {@code catalog} as in a real search.
	 */
	static CatalogPage onePass(CatalogSearcher catalog, IndexSearcher searcher, CatalogQuery query) throws IOException {
		Query text = catalog.text(searcher, query);
		CatalogFilters filters = new CatalogFilters(query);
		Result result = searcher.search(filters.restrict(text == null ? new MatchAllDocsQuery() : text),
				manager(CatalogSearcher.topDocs(query, Integer.MAX_VALUE), filters.selections()));
		return catalog.page(searcher, query, text, result.top(), result.total(), result.counts());
	}

	private FacetCollector(Map<CatalogFacet, Set<String>> selections, C top) {
		this.selections = selections;
		this.top = top;
	}

	/**
	 * A manager that collects hits into {@code top} and counts all facets;
	 * {@code selections} filter.
	 */
	static <C extends Collector> CollectorManager<FacetCollector<C>, Result> manager(
			CollectorManager<C, ? extends TopDocs> top, Map<CatalogFacet, Set<String>> selections) {
		return new CollectorManager<>() {
			@Override
			public FacetCollector<C> newCollector() throws IOException {
				return new FacetCollector<>(selections, top.newCollector());
			}

			@Override
			public Result reduce(Collection<FacetCollector<C>> collectors) throws IOException {
				Map<CatalogFacet, Map<String, Long>> counts = new EnumMap<>(CatalogFacet.class);
				List<C> tops = new ArrayList<>();
				long total = 0;
				for (FacetCollector<C> collector : collectors) {
					collector.addCountsTo(counts);
					tops.add(collector.top);
					total += collector.hits;
				}
				return new Result(top.reduce(tops), total, counts);
			}
		};
	}

	/**
	 * A top-docs manager that keeps nothing and needs no scores: for a pass that
	 * only counts.
	 */
	static CollectorManager<Collector, TopDocs> countOnly() {
		return new CollectorManager<>() {
			@Override
			public Collector newCollector() {
				return new SimpleCollector() {
					@Override
					public void collect(int doc) {
						// counted by the facet collector around it
					}

					@Override
					public ScoreMode scoreMode() {
						return ScoreMode.COMPLETE_NO_SCORES;
					}
				};
			}

			@Override
			public TopDocs reduce(Collection<Collector> collectors) {
				return new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
			}
		};
	}

	@Override
	public ScoreMode scoreMode() {
		return top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
	}

	@Override
	public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
		FacetColumns columns = FacetColumns.of(context.reader());
		boolean[][] selected = new boolean[FACETS.length][];
		DocBuffer[] missed = new DocBuffer[FACETS.length];
		for (int i = 0; i < FACETS.length; i++) {
			selected[i] = selectedOrdinals(columns, i, selections.get(FACETS[i]));
			missed[i] = new DocBuffer();
		}
		Segment segment = new Segment(columns, new DocBuffer(), missed);
		segments.add(segment);
		return new SidewaysLeafCollector(top.getLeafCollector(context), segment, selected);
	}

	/**
	 * Ordinals of the selected values in this segment, or {@code null} when the
	 * facet is not filtered.
	 */
	private static boolean[] selectedOrdinals(FacetColumns columns, int facet, Set<String> selection) {
		if (selection == null || selection.isEmpty()) {
			return null;
		}
		boolean[] selected = new boolean[columns.valueCount(facet)];
		for (String value : selection) {
			int ord = columns.ordOf(facet, value);
			if (ord >= 0) {
				selected[ord] = true;
			}
		}
		return selected;
	}

	/**
	 * Document numbers of one segment collected for counting later, in one tight
	 * loop per facet (cheaper than reading five columns per hit).
	 */
	private static final class DocBuffer {
		int[] docs = new int[64];
		int size;

		void add(int doc) {
			if (size == docs.length) {
				docs = Arrays.copyOf(docs, size * 2);
			}
			docs[size++] = doc;
		}
	}

	private final class SidewaysLeafCollector extends FilterLeafCollector {
		private final FacetColumns columns;
		private final boolean[][] selected;
		private final boolean filtered;
		private final DocBuffer matched;
		private final DocBuffer[] missed;

		SidewaysLeafCollector(LeafCollector top, Segment segment, boolean[][] selected) {
			super(top);
			this.columns = segment.columns();
			this.selected = selected;
			this.filtered = Arrays.stream(selected).anyMatch(Objects::nonNull);
			this.matched = segment.matched();
			this.missed = segment.missed();
		}

		@Override
		public void collect(int doc) throws IOException {
			if (filtered) {
				int miss = -1;
				for (int i = 0; i < FACETS.length; i++) {
					if (selected[i] != null && !anySelected(i, doc)) {
						if (miss >= 0) {
							return;
						}
						miss = i;
					}
				}
				if (miss >= 0) {
					missed[miss].add(doc);
					return;
				}
			}
			matched.add(doc);
			hits++;
			in.collect(doc);
		}

		/** Whether one of facet {@code i}'s values of {@code doc} is selected. */
		private boolean anySelected(int i, int doc) {
			boolean[] chosen = selected[i];
			for (int k = columns.start(i, doc), end = columns.end(i, doc); k < end; k++) {
				if (chosen[columns.ord(i, k)]) {
					return true;
				}
			}
			return false;
		}
	}

	private void addCountsTo(Map<CatalogFacet, Map<String, Long>> merged) {
		for (int i = 0; i < FACETS.length; i++) {
			Map<String, Long> target = merged.computeIfAbsent(FACETS[i], f -> new HashMap<>());
			for (Segment segment : segments) {
				FacetColumns columns = segment.columns();
				int[] counts = new int[columns.valueCount(i)];
				count(columns, i, segment.matched(), counts);
				count(columns, i, segment.missed()[i], counts);
				for (int ord = 0; ord < counts.length; ord++) {
					if (counts[ord] > 0) {
						target.merge(columns.value(i, ord), (long) counts[ord], Long::sum);
					}
				}
			}
		}
	}

	private static void count(FacetColumns columns, int facet, DocBuffer docs, int[] counts) {
		for (int n = 0; n < docs.size; n++) {
			for (int k = columns.start(facet, docs.docs[n]), end = columns.end(facet, docs.docs[n]); k < end; k++) {
				counts[columns.ord(facet, k)]++;
			}
		}
	}
}
