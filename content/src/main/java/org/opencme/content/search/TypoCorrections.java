package org.opencme.content.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Index terms within a few edits of a word the index does not know: the few
 * closest (then most frequent) terms of any text field, which the query then
 * searches instead of the typo.
 *
 * <p>
 * Why not a {@code FuzzyQuery} per field: that builds its Levenshtein automaton
 * once per field and again when the highlighter rewrites it, which dominated
 * search latency; here one automaton serves all fields and the result is plain
 * terms that score, match and highlight like any other word.
 */
final class TypoCorrections {

	static final int MAX_CORRECTIONS = 3;
	private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();

	private TypoCorrections() {
	}

	/**
	 * Up to {@link #MAX_CORRECTIONS} terms within {@code edits} of {@code stem},
	 * sharing its first letter.
	 */
	static List<BytesRef> of(IndexReader reader, String stem, int edits) throws IOException {
		int prefixEnd = stem.offsetByCodePoints(0, 1);
		CompiledAutomaton automaton = new CompiledAutomaton(new LevenshteinAutomata(stem.substring(prefixEnd), true)
				.toAutomaton(edits, stem.substring(0, prefixEnd)), true, false);
		Map<String, Long> frequencies = new HashMap<>();
		for (String field : CatalogFields.TEXT_WEIGHTS.keySet()) {
			Terms terms = MultiTerms.getTerms(reader, field);
			if (terms != null) {
				TermsEnum matching = automaton.getTermsEnum(terms);
				for (BytesRef term = matching.next(); term != null; term = matching.next()) {
					frequencies.merge(term.utf8ToString(), (long) matching.docFreq(), Long::sum);
				}
			}
		}
		List<String> candidates = new ArrayList<>(frequencies.keySet());
		candidates.sort(Comparator.<String>comparingDouble(c -> -DISTANCE.getDistance(stem, c))
				.thenComparing(c -> -frequencies.get(c)).thenComparing(Comparator.naturalOrder()));
		return candidates.stream().limit(MAX_CORRECTIONS).map(BytesRef::new).toList();
	}
}
