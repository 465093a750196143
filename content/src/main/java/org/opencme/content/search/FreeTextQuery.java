package org.opencme.content.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns the search box text into a Lucene query. Quoted parts are exact phrases
 * (English chain, no synonyms); the rest are words that must all match (AND),
 * each expanded through the medical synonym graph, multi-word synonyms as
 * phrases; a phrase that is a {@link MedicalConcepts concept} is looked up as
 * its single concept term. Every word or phrase matches in any of the weighted
 * text fields (a dis-max per word, so "hypertension Smith" finds a title word
 * and a faculty name together).
 *
 * <p>
 * Typo tolerance: a word found in no text field of the index is replaced by a
 * fuzzy query (1 edit for 4-7 letters, 2 from 8 on, first letter fixed). Known
 * words are never fuzzed, so "hypertension" does not drag in "hypotension". One
 * instance per search (it consults the reader for document frequencies); not
 * thread-safe.
 */
final class FreeTextQuery {

	private static final String ANY = "_text_";
	/**
	 * A word scores by its best field alone (no bonus for other fields, as in
	 * Elasticsearch's default "best fields"): the relevance pass can then hand the
	 * lowest score that still reaches the page down to each field's postings and
	 * skip whole blocks of documents, which took the relevance pass of a one-word
	 * search at 100,000 activities from about 1 ms to about 0.15 ms.
	 */
	private static final float TIE_BREAKER = 0f;
	private static final float FUZZY_WEIGHT = 0.8f;

	private final Analyzer queryAnalyzer;
	private final Analyzer phraseAnalyzer;
	private final IndexReader reader;
	/**
	 * Typed length of each analysed word: the edit budget depends on what the user
	 * typed, not on the stem.
	 */
	private Map<String, Integer> surfaceLengths = Map.of();

	FreeTextQuery(Analyzer queryAnalyzer, Analyzer phraseAnalyzer, IndexReader reader) {
		this.queryAnalyzer = queryAnalyzer;
		this.phraseAnalyzer = phraseAnalyzer;
		this.reader = reader;
	}

	/**
	 * The query for {@code text}, or {@code null} when it holds no searchable word
	 * (empty, only stop words).
	 */
	Query parse(String text) throws IOException {
		List<String> phrases = new ArrayList<>();
		String words = splitPhrases(text, phrases);
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		QueryBuilder exact = new QueryBuilder(phraseAnalyzer);
		for (String phrase : phrases) {
			addMust(all, exact.createPhraseQuery(ANY, phrase));
		}
		surfaceLengths = surfaceLengths(words);
		QueryBuilder withSynonyms = new QueryBuilder(queryAnalyzer);
		withSynonyms.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
		addMust(all, withSynonyms.createBooleanQuery(ANY, words, Occur.MUST));
		BooleanQuery query = all.build();
		if (query.clauses().isEmpty()) {
			return null;
		}
		return query.clauses().size() == 1 ? query.clauses().get(0).getQuery() : query;
	}

	/**
	 * Collects the quoted parts of {@code text} into {@code phrases} and returns
	 * the rest.
	 */
	static String splitPhrases(String text, List<String> phrases) {
		StringBuilder rest = new StringBuilder();
		int from = 0;
		while (from < text.length()) {
			int open = text.indexOf('"', from);
			if (open < 0) {
				rest.append(text, from, text.length());
				break;
			}
			rest.append(text, from, open).append(' ');
			int close = text.indexOf('"', open + 1);
			int end = close < 0 ? text.length() : close;
			phrases.add(text.substring(open + 1, end));
			from = end + 1;
		}
		return rest.toString();
	}

	private void addMust(BooleanQuery.Builder all, Query parsed) throws IOException {
		if (parsed != null) {
			BooleanQuery flat = parsed instanceof BooleanQuery b ? b : null;
			if (flat != null && flat.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST)) {
				for (BooleanClause clause : flat.clauses()) {
					all.add(expand(clause.getQuery()), Occur.MUST);
				}
			} else {
				all.add(expand(parsed), Occur.MUST);
			}
		}
	}

	/**
	 * Replaces every leaf on the placeholder field by its dis-max over the real
	 * text fields.
	 */
	private Query expand(Query query) throws IOException {
		if (query instanceof BooleanQuery bool) {
			BooleanQuery.Builder copy = new BooleanQuery.Builder()
					.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
			for (BooleanClause clause : bool.clauses()) {
				copy.add(expand(clause.getQuery()), clause.getOccur());
			}
			return copy.build();
		}
		if (query instanceof BoostQuery boost) {
			return new BoostQuery(expand(boost.getQuery()), boost.getBoost());
		}
		if (query instanceof TermQuery term) {
			return word(term.getTerm().text());
		}
		if (query instanceof SynonymQuery synonyms) {
			return acrossFields(field -> {
				SynonymQuery.Builder builder = new SynonymQuery.Builder(field);
				synonyms.getTerms().forEach(t -> builder.addTerm(new Term(field, t.bytes())));
				return builder.build();
			});
		}
		if (query instanceof PhraseQuery phrase) {
			String concept = MedicalConcepts.shipped().termFor(phrase);
			if (concept != null) {
				return acrossFields(field -> new TermQuery(new Term(field, concept)));
			}
			return acrossFields(field -> phraseIn(field, phrase));
		}
		if (query instanceof MultiPhraseQuery multi) {
			return acrossFields(field -> multiPhraseIn(field, multi));
		}
		return new MatchNoDocsQuery("unsupported query part " + query);
	}

	private Map<String, Integer> surfaceLengths(String words) throws IOException {
		Map<String, Integer> lengths = new HashMap<>();
		try (TokenStream stream = phraseAnalyzer.tokenStream(ANY, words)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				lengths.merge(term.toString(), offset.endOffset() - offset.startOffset(), Math::max);
			}
			stream.end();
		}
		return lengths;
	}

	private Query word(String text) throws IOException {
		int edits = fuzzyEdits(surfaceLengths.getOrDefault(text, text.length()));
		if (edits == 0 || totalDocFreq(text) > 0) {
			return acrossFields(field -> new TermQuery(new Term(field, text)));
		}
		List<BytesRef> corrections = TypoCorrections.of(reader, text, edits);
		if (corrections.isEmpty()) {
			return new MatchNoDocsQuery("no term near " + text);
		}
		return new BoostQuery(acrossFields(field -> {
			SynonymQuery.Builder builder = new SynonymQuery.Builder(field);
			corrections.forEach(term -> builder.addTerm(new Term(field, term)));
			return builder.build();
		}), FUZZY_WEIGHT);
	}

	static int fuzzyEdits(int typedLength) {
		return typedLength < 4 ? 0 : typedLength < 8 ? 1 : 2;
	}

	private long totalDocFreq(String text) throws IOException {
		long total = 0;
		for (String field : CatalogFields.TEXT_WEIGHTS.keySet()) {
			total += reader.docFreq(new Term(field, text));
		}
		return total;
	}

	private static Query acrossFields(java.util.function.Function<String, Query> perField) {
		List<Query> disjuncts = new ArrayList<>();
		for (Map.Entry<String, Float> field : CatalogFields.TEXT_WEIGHTS.entrySet()) {
			disjuncts.add(new BoostQuery(perField.apply(field.getKey()), field.getValue()));
		}
		return new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
	}

	private static Query phraseIn(String field, PhraseQuery phrase) {
		PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(phrase.getSlop());
		Term[] terms = phrase.getTerms();
		for (int i = 0; i < terms.length; i++) {
			builder.add(new Term(field, terms[i].bytes()), phrase.getPositions()[i]);
		}
		return builder.build();
	}

	private static Query multiPhraseIn(String field, MultiPhraseQuery multi) {
		MultiPhraseQuery.Builder builder = new MultiPhraseQuery.Builder().setSlop(multi.getSlop());
		Term[][] arrays = multi.getTermArrays();
		for (int i = 0; i < arrays.length; i++) {
			Term[] inField = new Term[arrays[i].length];
			for (int j = 0; j < inField.length; j++) {
				inField[j] = new Term(field, arrays[i][j].bytes());
			}
			builder.add(inField, multi.getPositions()[i]);
		}
		return builder.build();
	}
}
