package org.opencme.content.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippet shown under a result: the best passage of the summary, else of
 * the body, with matched words in {@code <mark>}. The output is HTML and
 * everything but the marks is escaped, because summaries and handouts are
 * author text and may contain markup-like characters.
 *
 * <p>
 * Cost matters here more than anywhere else in a search: offsets come from the
 * postings (no re-analysis), the body is only highlighted for documents whose
 * summary does not match, passages break at full stops (the JDK sentence
 * iterator cost more than the whole query), and field values come from the
 * caller's {@link PageValues}.
 */
final class SnippetHighlighter {

	static final String PRE = "<mark>";
	static final String POST = "</mark>";
	private static final int SNIPPET_CHARS = 220;
	/** At most this many parts of a page are highlighted at the same time. */
	private static final int PARTS = 2;

	private final Analyzer analyzer;

	SnippetHighlighter(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * One snippet per doc of {@code docs}, in order; a {@code null} query gives
	 * plain summaries. {@code lines} holds each doc's summary; bodies are read only
	 * for the documents whose summary does not match. The page is split between the
	 * searcher's threads.
	 */
	List<String> snippets(IndexSearcher searcher, Query textQuery, ScoreDoc[] docs, Map<Integer, PageValues.Hit> lines)
			throws IOException {
		if (textQuery == null) {
			return Arrays.stream(docs).map(d -> escape(shorten(lines.get(d.doc).summary()))).toList();
		}
		int parts = searcher.getExecutor() == null || docs.length < 4 ? 1 : Math.min(docs.length / 2, PARTS);
		List<Callable<List<String>>> tasks = new ArrayList<>();
		for (int part = 0; part < parts; part++) {
			ScoreDoc[] slice = Arrays.copyOfRange(docs, part * docs.length / parts, (part + 1) * docs.length / parts);
			tasks.add(() -> snippetsOf(searcher, textQuery, slice, lines));
		}
		List<String> snippets = new ArrayList<>(docs.length);
		searcher.getTaskExecutor().invokeAll(tasks).forEach(snippets::addAll);
		return snippets;
	}

	private List<String> snippetsOf(IndexSearcher searcher, Query textQuery, ScoreDoc[] docs,
			Map<Integer, PageValues.Hit> lines) throws IOException {
		Map<Integer, String> bodies = new HashMap<>();
		UnifiedHighlighter highlighter = highlighter(searcher, lines, bodies);
		String[] summaries = highlight(highlighter, CatalogFields.SUMMARY, textQuery, docs);
		List<ScoreDoc> unmatched = new ArrayList<>();
		for (int i = 0; i < docs.length; i++) {
			if (summaries[i] == null || !summaries[i].contains(PRE)) {
				unmatched.add(docs[i]);
			}
		}
		bodies.putAll(PageValues.bodies(searcher.getIndexReader().leaves(),
				unmatched.stream().mapToInt(d -> d.doc).toArray()));
		String[] fromBodies = highlight(highlighter, CatalogFields.BODY, textQuery, unmatched.toArray(ScoreDoc[]::new));
		List<String> snippets = new ArrayList<>(docs.length);
		for (int i = 0, u = 0; i < docs.length; i++) {
			boolean fromBody = u < unmatched.size() && unmatched.get(u) == docs[i];
			snippets.add(fromBody ? choose(summaries[i], fromBodies[u++]) : summaries[i]);
		}
		return snippets;
	}

	private UnifiedHighlighter highlighter(IndexSearcher searcher, Map<Integer, PageValues.Hit> lines,
			Map<Integer, String> bodies) {
		UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
				.withFormatter(new DefaultPassageFormatter(PRE, POST, "… ", true))
				.withBreakIterator(() -> LengthGoalBreakIterator
						.createClosestToLength(new CustomSeparatorBreakIterator('.'), SNIPPET_CHARS, 0.5f));
		return new UnifiedHighlighter(builder) {
			@Override
			protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
					int cacheCharsThreshold) throws IOException {
				List<CharSequence[]> values = new ArrayList<>();
				for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
					int current = doc;
					values.add(Arrays.stream(fields).map(f -> text(f, current, lines, bodies))
							.toArray(CharSequence[]::new));
				}
				return values;
			}
		};
	}

	private static CharSequence text(String field, int doc, Map<Integer, PageValues.Hit> lines,
			Map<Integer, String> bodies) {
		String text = switch (field) {
			case CatalogFields.SUMMARY -> lines.get(doc).summary();
			case CatalogFields.BODY -> bodies.get(doc);
			default -> null;
		};
		return Objects.requireNonNullElse(text, "");
	}

	private static String[] highlight(UnifiedHighlighter highlighter, String field, Query query, ScoreDoc[] docs)
			throws IOException {
		if (docs.length == 0) {
			return new String[0];
		}
		return highlighter.highlight(field, query,
				new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), 1);
	}

	private static String choose(String summary, String body) {
		if (body != null && body.contains(PRE)) {
			return body;
		}
		return summary != null && !summary.isBlank() ? summary : body == null ? "" : body;
	}

	private static String shorten(String text) {
		if (text == null) {
			return "";
		}
		if (text.length() <= SNIPPET_CHARS) {
			return text;
		}
		int cut = text.lastIndexOf(' ', SNIPPET_CHARS);
		return text.substring(0, cut > 0 ? cut : SNIPPET_CHARS) + "…";
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#x27;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
