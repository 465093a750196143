package org.opencme.content.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Facet filtering, facet counting and drill-sideways in one pass over the
 * documents matching the text and availability. Every facet filter is "one of
 * these values", so it is checked on the same sorted-set doc values that are
 * counted: a document passing all facet filters is a hit (counted in every
 * facet and handed to the top-docs collector); a document failing exactly one
 * filter is counted in that facet only, which gives its drill-sideways counts;
 * the rest are skipped. Without this, each filtered facet needed another full
 * query.
 *
 * <p>
 * Counting is per segment by ordinal into arrays, resolved to strings once per
 * segment at the end: cheaper than a global ordinal map for facets of at most a
 * few hundred values, and nothing to rebuild when the searcher refreshes.
 */
final class FacetCollector<C extends Collector> implements Collector {

	private static final CatalogFacet[] FACETS = CatalogFacet.values();

	private final Map<CatalogFacet, Set<String>> selections;
	private final C top;
	private final List<Segment> segments = new ArrayList<>();
	private long hits;

	private record Segment(SortedSetDocValues[] values, int[][] counts) {
	}

	/**
	 * What one search found: the top documents, the number of hits and every
	 * facet's counts.
	 */
	record Result(TopDocs top, long total, Map<CatalogFacet, Map<String, Long>> counts) {
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

	@Override
	public ScoreMode scoreMode() {
		return top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
	}

	@Override
	public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
		SortedSetDocValues[] values = new SortedSetDocValues[FACETS.length];
		int[][] counts = new int[FACETS.length][];
		boolean[][] selected = new boolean[FACETS.length][];
		for (int i = 0; i < FACETS.length; i++) {
			values[i] = DocValues.getSortedSet(context.reader(), FACETS[i].key());
			counts[i] = new int[Math.toIntExact(values[i].getValueCount())];
			selected[i] = selectedOrdinals(values[i], selections.get(FACETS[i]));
		}
		segments.add(new Segment(values, counts));
		return new SidewaysLeafCollector(top.getLeafCollector(context), values, counts, selected);
	}

	/**
	 * Ordinals of the selected values in this segment, or {@code null} when the
	 * facet is not filtered.
	 */
	private static boolean[] selectedOrdinals(SortedSetDocValues values, Set<String> selection) throws IOException {
		if (selection == null || selection.isEmpty()) {
			return null;
		}
		boolean[] selected = new boolean[Math.toIntExact(values.getValueCount())];
		for (String value : selection) {
			long ord = values.lookupTerm(new BytesRef(value));
			if (ord >= 0) {
				selected[(int) ord] = true;
			}
		}
		return selected;
	}

	private final class SidewaysLeafCollector extends FilterLeafCollector {
		private final SortedSetDocValues[] values;
		private final int[][] counts;
		private final boolean[][] selected;
		private final int[][] ords = new int[FACETS.length][8];
		private final int[] sizes = new int[FACETS.length];

		SidewaysLeafCollector(LeafCollector top, SortedSetDocValues[] values, int[][] counts, boolean[][] selected) {
			super(top);
			this.values = values;
			this.counts = counts;
			this.selected = selected;
		}

		@Override
		public void collect(int doc) throws IOException {
			int missed = -1;
			for (int i = 0; i < FACETS.length; i++) {
				if (!read(i, doc) && selected[i] != null) {
					if (missed >= 0) {
						return;
					}
					missed = i;
				}
			}
			if (missed >= 0) {
				count(missed);
				return;
			}
			for (int i = 0; i < FACETS.length; i++) {
				count(i);
			}
			hits++;
			in.collect(doc);
		}

		/**
		 * Reads facet {@code i}'s ordinals of {@code doc}; whether one of them is
		 * selected.
		 */
		private boolean read(int i, int doc) throws IOException {
			sizes[i] = 0;
			boolean match = false;
			if (values[i].advanceExact(doc)) {
				int n = values[i].docValueCount();
				if (ords[i].length < n) {
					ords[i] = new int[n];
				}
				for (int k = 0; k < n; k++) {
					int ord = (int) values[i].nextOrd();
					ords[i][k] = ord;
					match |= selected[i] != null && selected[i][ord];
				}
				sizes[i] = n;
			}
			return match;
		}

		private void count(int i) {
			for (int k = 0; k < sizes[i]; k++) {
				counts[i][ords[i][k]]++;
			}
		}
	}

	private void addCountsTo(Map<CatalogFacet, Map<String, Long>> merged) throws IOException {
		for (int i = 0; i < FACETS.length; i++) {
			Map<String, Long> target = merged.computeIfAbsent(FACETS[i], f -> new HashMap<>());
			for (Segment segment : segments) {
				int[] counts = segment.counts()[i];
				for (int ord = 0; ord < counts.length; ord++) {
					if (counts[ord] > 0) {
						target.merge(segment.values()[i].lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
					}
				}
			}
		}
	}

	/** The {@code max} most frequent values, ties by value. */
	static List<FacetCount> top(Map<String, Long> counts, int max) {
		return counts.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue()))
				.sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
				.limit(max).toList();
	}

	/** The first {@code max} values in their own order (months: soonest first). */
	static List<FacetCount> inOrder(Map<String, Long> counts, int max) {
		return counts.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue()))
				.sorted(Comparator.comparing(FacetCount::value)).limit(max).toList();
	}
}
