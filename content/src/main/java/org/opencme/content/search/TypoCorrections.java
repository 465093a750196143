package org.opencme.content.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Index terms within a few edits of a word the index does not know: the few
 * closest (then most frequent) terms of any text field, which the query then
 * searches instead of the typo.
 *
 * <p>
 * How: a scan of the terms that share the word's first letter, in each text
 * field, with a bounded edit distance (insertions, deletions, substitutions and
 * swaps of neighbours) that gives up as soon as a term cannot come within the
 * budget. At two edits this is about ten times cheaper than building a
 * Levenshtein automaton, which cost more than the whole search. The index holds
 * stems, so when no term is near the whole word, a term near the word without
 * its last few letters is taken ("anticoagulaton" finds "anticoagul", the stem
 * of "anticoagulation", which is four edits from the whole word).
 */
final class TypoCorrections {

	static final int MAX_CORRECTIONS = 3;
	/** Letters a stemmer may have cut that the typed word still has. */
	private static final int STEM_SUFFIX = 4;
	/** Shortest term accepted through {@link #STEM_SUFFIX}. */
	private static final int STEM_MIN_LENGTH = 5;

	private TypoCorrections() {
	}

	private record Candidate(String term, int distance, boolean whole, long frequency) {
	}

	/**
	 * Up to {@link #MAX_CORRECTIONS} terms within {@code edits} of {@code stem},
	 * sharing its first letter.
	 */
	static List<BytesRef> of(IndexReader reader, String stem, int edits) throws IOException {
		byte[] word = stem.getBytes(StandardCharsets.UTF_8);
		BytesRef prefix = new BytesRef(stem.substring(0, stem.offsetByCodePoints(0, 1)));
		Map<String, Candidate> found = new HashMap<>();
		Distance distance = new Distance(word, edits);
		for (String field : CatalogFields.TEXT_WEIGHTS.keySet()) {
			Terms terms = MultiTerms.getTerms(reader, field);
			if (terms == null) {
				continue;
			}
			TermsEnum scan = terms.iterator();
			if (scan.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
				continue;
			}
			for (BytesRef term = scan.term(); term != null && startsWith(term, prefix); term = scan.next()) {
				if (!distance.measure(term)) {
					continue;
				}
				Candidate candidate = new Candidate(term.utf8ToString(), distance.best, distance.whole, scan.docFreq());
				found.merge(candidate.term(), candidate,
						(a, b) -> new Candidate(a.term(), a.distance(), a.whole(), a.frequency() + b.frequency()));
			}
		}
		boolean anyWhole = found.values().stream().anyMatch(Candidate::whole);
		return found.values().stream().filter(c -> c.whole() || !anyWhole)
				.sorted(Comparator.comparingInt(Candidate::distance)
						.thenComparing(Comparator.comparingLong(Candidate::frequency).reversed())
						.thenComparing(Candidate::term))
				.limit(MAX_CORRECTIONS).map(c -> new BytesRef(c.term())).toList();
	}

	private static boolean startsWith(BytesRef term, BytesRef prefix) {
		if (term.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (term.bytes[term.offset + i] != prefix.bytes[prefix.offset + i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Bounded optimal-string-alignment distance from index terms to one typed word,
	 * over UTF-8 bytes (index terms are ASCII-folded, so bytes are letters nearly
	 * always). Reuses its rows; not thread-safe.
	 */
	static final class Distance {
		private final byte[] word;
		private final int edits;
		private int[] before;
		private int[] previous;
		private int[] current;
		/** Of the last {@link #measure} that returned true. */
		int best;
		/** Whether {@link #best} is for the whole word (not a cut one). */
		boolean whole;

		Distance(byte[] word, int edits) {
			this.word = word;
			this.edits = edits;
			before = new int[word.length + 1];
			previous = new int[word.length + 1];
			current = new int[word.length + 1];
		}

		/**
		 * Whether {@code term} is within the budget of the whole word, or of the word
		 * without up to {@link #STEM_SUFFIX} last letters.
		 */
		boolean measure(BytesRef term) {
			int n = word.length;
			int m = term.length;
			if (m < n - STEM_SUFFIX - edits || m > n + edits) {
				return false;
			}
			for (int j = 0; j <= n; j++) {
				previous[j] = j;
			}
			for (int i = 1; i <= m; i++) {
				byte letter = term.bytes[term.offset + i - 1];
				current[0] = i;
				int rowMin = i;
				for (int j = 1; j <= n; j++) {
					int cost = word[j - 1] == letter ? 0 : 1;
					int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
					if (i > 1 && j > 1 && word[j - 1] == term.bytes[term.offset + i - 2] && word[j - 2] == letter) {
						value = Math.min(value, before[j - 2] + 1);
					}
					current[j] = value;
					rowMin = Math.min(rowMin, value);
				}
				if (rowMin > edits) {
					return false;
				}
				int[] oldest = before;
				before = previous;
				previous = current;
				current = oldest;
			}
			if (previous[n] <= edits) {
				best = previous[n];
				whole = true;
				return true;
			}
			if (m < STEM_MIN_LENGTH) {
				return false;
			}
			int cut = Integer.MAX_VALUE;
			for (int j = Math.max(1, n - STEM_SUFFIX); j < n; j++) {
				cut = Math.min(cut, previous[j]);
			}
			if (cut <= edits) {
				best = cut;
				whole = false;
				return true;
			}
			return false;
		}
	}
}
