package org.opencme.content.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Runs one {@link CatalogQuery} against one point-in-time searcher, in two
 * passes: the first works out every hit and all facet counts (drill-sideways
 * included) in per-segment bit sets without scoring ({@link FacetCounter}); the
 * second finds the page window among those hits only, skipping documents that
 * cannot reach it (block-max scores for relevance). Then only the page's
 * documents are loaded and highlighted.
 */
final class CatalogSearcher {

	private final Analyzer queryAnalyzer;
	private final Analyzer englishAnalyzer;
	private final SnippetHighlighter highlighter;

	CatalogSearcher(Analyzer queryAnalyzer, Analyzer englishAnalyzer) {
		this.queryAnalyzer = queryAnalyzer;
		this.englishAnalyzer = englishAnalyzer;
		this.highlighter = new SnippetHighlighter(englishAnalyzer);
	}

	CatalogPage search(IndexSearcher searcher, CatalogQuery query) throws IOException {
		Query text = text(searcher, query);
		CatalogFilters filters = new CatalogFilters(query);
		Query scoring = text == null ? new MatchAllDocsQuery() : text;
		FacetCounter.Result counted = FacetCounter.count(searcher, filters.restrict(scoring), filters.selections());
		TopDocs top = counted.total() == 0
				? new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0])
				: searcher.search(onlyHits(scoring, counted.hits()), topDocs(query, window(query)));
		return page(searcher, query, text, top, counted.total(), counted.counts());
	}

	/**
	 * The text part of {@code query}, or {@code null} when it has no searchable
	 * word.
	 */
	Query text(IndexSearcher searcher, CatalogQuery query) throws IOException {
		return new FreeTextQuery(queryAnalyzer, englishAnalyzer, searcher.getIndexReader()).parse(query.text());
	}

	/** The page of {@code top} for {@code query}, loaded and highlighted. */
	CatalogPage page(IndexSearcher searcher, CatalogQuery query, Query text, TopDocs top, long total,
			Map<CatalogFacet, Map<String, Long>> counts) throws IOException {
		ScoreDoc[] page = pageOf(top.scoreDocs, query);
		return new CatalogPage(total, hits(searcher, text, page), facets(counts, query));
	}

	/**
	 * {@code scoring} restricted to the counting pass's hits (text, availability
	 * and every facet filter already applied): with facet filters these are far
	 * fewer than the text matches, and the scoring pass leads with them.
	 */
	private static Query onlyHits(Query scoring, HitSetQuery hits) {
		return new BooleanQuery.Builder().add(scoring, BooleanClause.Occur.MUST).add(hits, BooleanClause.Occur.FILTER)
				.build();
	}

	private static int window(CatalogQuery query) {
		return (query.page() + 1) * query.size();
	}

	/**
	 * The best {@code window} in the query's order. After the counting pass every
	 * hit is already counted, so {@code threshold} can be the window itself: the
	 * collector then skips documents that cannot make it (block-max WAND for
	 * relevance) and the page is still exact.
	 */
	static CollectorManager<?, ? extends TopDocs> topDocs(CatalogQuery query, int threshold) {
		int window = window(query);
		return switch (query.sort()) {
			case RELEVANCE -> new TopScoreDocCollectorManager(window, threshold);
			case DATE -> new TopFieldCollectorManager(
					new Sort(new SortField(CatalogFields.PUBLISHED, SortField.Type.LONG, true)), window, threshold);
			case NEXT_SESSION -> new TopFieldCollectorManager(new Sort(nextSession()), window, threshold);
		};
	}

	private static SortField nextSession() {
		SortField field = new SortField(CatalogFields.NEXT_SESSION, SortField.Type.LONG);
		field.setMissingValue(Long.MAX_VALUE);
		return field;
	}

	private static ScoreDoc[] pageOf(ScoreDoc[] window, CatalogQuery query) {
		int from = Math.min(query.page() * query.size(), window.length);
		return Arrays.copyOfRange(window, from, Math.min(from + query.size(), window.length));
	}

	private List<CatalogHit> hits(IndexSearcher searcher, Query text, ScoreDoc[] page) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		int[] docs = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
		Map<Integer, PageValues.Hit> lines = PageValues.hits(leaves, docs);
		List<String> snippets = highlighter.snippets(searcher, text, page, lines);
		List<CatalogHit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			hits.add(CatalogDocumentMapper.toHit(lines.get(page[i].doc), snippets.get(i), page[i].score));
		}
		return hits;
	}

	private static Map<String, List<FacetCount>> facets(Map<CatalogFacet, Map<String, Long>> counts,
			CatalogQuery query) {
		Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
		for (CatalogFacet facet : CatalogFacet.values()) {
			Map<String, Long> values = counts.getOrDefault(facet, Map.of());
			facets.put(facet.key(),
					facet == CatalogFacet.STARTS
							? inOrder(values, query.maxFacetValues())
							: top(values, query.maxFacetValues()));
		}
		return facets;
	}

	/** The {@code max} most frequent values, ties by value. */
	private static List<FacetCount> top(Map<String, Long> counts, int max) {
		return counts.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue()))
				.sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
				.limit(max).toList();
	}

	/** The first {@code max} values in their own order (months: soonest first). */
	private static List<FacetCount> inOrder(Map<String, Long> counts, int max) {
		return counts.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue()))
				.sorted(Comparator.comparing(FacetCount::value)).limit(max).toList();
	}
}
