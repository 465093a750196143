package org.opencme.content.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Autocomplete from the live catalog index itself, so it is as current as
 * search (no separate suggester index to update or rebuild). Every typed word
 * must start a word of the suggestion: topics are matched against the distinct
 * topic values (a few hundred at most), ranked by how many activities carry
 * them and checked to have an available one; titles come from an edge-n-gram
 * field, best match and shortest first. Only currently available activities
 * contribute.
 */
final class CatalogSuggester {

	private static final int TITLE_CANDIDATES_FACTOR = 3;

	private static final Analyzer ANALYZER = CatalogAnalyzers.suggestQueryAnalyzer();

	List<String> suggest(IndexSearcher searcher, String prefix, int max, LocalDate today) throws IOException {
		List<String> words = words(prefix);
		if (words.isEmpty() || max < 1) {
			return List.of();
		}
		List<String> topics = topics(searcher, words, max, today);
		List<String> titles = titles(searcher, words, max, today);
		Set<String> merged = new LinkedHashSet<>();
		int topicShare = Math.max(1, max / 2);
		topics.stream().limit(topicShare).forEach(merged::add);
		titles.forEach(merged::add);
		topics.forEach(merged::add);
		return merged.stream().limit(max).toList();
	}

	private static List<String> words(String prefix) throws IOException {
		List<String> words = new ArrayList<>();
		if (prefix == null) {
			return words;
		}
		try (TokenStream stream = ANALYZER.tokenStream("", prefix)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String word = term.toString();
				words.add(word.length() > CatalogAnalyzers.MAX_SUGGEST_GRAM
						? word.substring(0, CatalogAnalyzers.MAX_SUGGEST_GRAM)
						: word);
			}
			stream.end();
		}
		return words;
	}

	private List<String> topics(IndexSearcher searcher, List<String> words, int max, LocalDate today)
			throws IOException {
		Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), CatalogFacet.TOPIC.key());
		if (terms == null) {
			return List.of();
		}
		List<Map.Entry<String, Integer>> candidates = new ArrayList<>();
		TermsEnum values = terms.iterator();
		for (BytesRef value = values.next(); value != null; value = values.next()) {
			String topic = value.utf8ToString();
			if (startsWords(topic, words)) {
				candidates.add(Map.entry(topic, values.docFreq()));
			}
		}
		candidates.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
		List<String> available = new ArrayList<>();
		for (int i = 0; i < candidates.size() && available.size() < max; i++) {
			String topic = candidates.get(i).getKey();
			if (searcher.count(new BooleanQuery.Builder()
					.add(new TermQuery(new Term(CatalogFacet.TOPIC.key(), topic)), Occur.FILTER)
					.add(CatalogFilters.availableOn(today), Occur.FILTER).build()) > 0) {
				available.add(topic);
			}
		}
		return available;
	}

	private static boolean startsWords(String candidate, List<String> words) throws IOException {
		List<String> candidateWords = words(candidate);
		return words.stream().allMatch(w -> candidateWords.stream().anyMatch(c -> c.startsWith(w)));
	}

	private static List<String> titles(IndexSearcher searcher, List<String> words, int max, LocalDate today)
			throws IOException {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		words.forEach(w -> query.add(new TermQuery(new Term(CatalogFields.TITLE_PREFIX, w)), Occur.MUST));
		query.add(CatalogFilters.availableOn(today), Occur.FILTER);
		ScoreDoc[] docs = searcher.search(query.build(), max * TITLE_CANDIDATES_FACTOR).scoreDocs;
		Map<String, String> byLowerCase = new TreeMap<>();
		List<String> titles = new ArrayList<>();
		Map<Integer, PageValues.Hit> lines = PageValues.hits(searcher.getIndexReader().leaves(),
				java.util.Arrays.stream(docs).mapToInt(d -> d.doc).toArray());
		for (ScoreDoc doc : docs) {
			String title = lines.get(doc.doc).title();
			if (byLowerCase.putIfAbsent(title.toLowerCase(Locale.ROOT), title) == null) {
				titles.add(title);
			}
		}
		return titles.stream().limit(max).toList();
	}
}
