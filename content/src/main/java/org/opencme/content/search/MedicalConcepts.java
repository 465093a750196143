package org.opencme.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;

/**
 * The multi-word medical terms of the shipped synonym list ("heart failure",
 * "type 2 diabetes", "opioid use disorder", ...), indexed as single terms
 * beside their words. A phrase search for one of them, typed in quotes or
 * reached through a synonym ("T2DM", "COPD"), is then one posting list instead
 * of a positional match of several common words, which was the most expensive
 * kind of query in the catalog.
 *
 * <p>
 * A concept is written exactly as the English index chain analyses it (stems,
 * and the position gaps left by stop words), so the concept term occurs in a
 * document exactly where the phrase query would match: same hits, cheaper. Only
 * the shipped list is used: rules an administrator adds later still match as
 * phrases, and an index built with another list is reported
 * {@link IndexHealth#OUTDATED} and rebuilt.
 */
final class MedicalConcepts {

	/**
	 * First character of a concept term; the tokenizer never emits it, so a concept
	 * cannot collide with a word.
	 */
	static final char MARK = '\u0001';
	private static final String VERSION = "concepts-1";
	private static final MedicalConcepts SHIPPED = fromRules(MedicalSynonyms.shippedRules());

	/** A concept: its stems and the position increment before each (first: 0). */
	record Concept(String[] stems, int[] increments, String term) {
	}

	private final Map<String, List<Concept>> byFirstStem;
	private final CharArraySet firstStems;
	private final Set<String> terms;
	private final int maxLength;
	private final String fingerprint;

	private MedicalConcepts(List<Concept> concepts) {
		Map<String, List<Concept>> first = new HashMap<>();
		Set<String> all = new TreeSet<>();
		int longest = 1;
		for (Concept concept : concepts) {
			if (all.add(concept.term())) {
				first.computeIfAbsent(concept.stems()[0], s -> new ArrayList<>()).add(concept);
				longest = Math.max(longest, concept.stems().length);
			}
		}
		byFirstStem = Map.copyOf(first);
		firstStems = CharArraySet.unmodifiableSet(new CharArraySet(first.keySet(), false));
		terms = Set.copyOf(all);
		maxLength = longest;
		fingerprint = VERSION + ":" + sha256(String.join("\n", all));
	}

	/** The concepts of the synonym list shipped with this version. */
	static MedicalConcepts shipped() {
		return SHIPPED;
	}

	/**
	 * The multi-word entries of {@code rules} (Solr synonym format), analysed with
	 * the English chain.
	 */
	static MedicalConcepts fromRules(String rules) {
		List<Concept> concepts = new ArrayList<>();
		try (Analyzer english = CatalogAnalyzers.englishAnalyzer()) {
			for (String line : rules.split("\n")) {
				String rule = line.strip();
				if (rule.isEmpty() || rule.startsWith("#")) {
					continue;
				}
				for (String entry : rule.replace("=>", ",").split(",")) {
					Concept concept = analyse(english, entry.strip());
					if (concept != null) {
						concepts.add(concept);
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new MedicalConcepts(concepts);
	}

	private static Concept analyse(Analyzer english, String entry) throws IOException {
		List<String> stems = new ArrayList<>();
		List<Integer> increments = new ArrayList<>();
		try (TokenStream stream = english.tokenStream("concept", entry)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				stems.add(term.toString());
				increments.add(stems.size() == 1 ? 0 : increment.getPositionIncrement());
			}
			stream.end();
		}
		if (stems.size() < 2) {
			return null;
		}
		int[] gaps = increments.stream().mapToInt(Integer::intValue).toArray();
		String[] words = stems.toArray(String[]::new);
		return new Concept(words, gaps, termOf(words, gaps));
	}

	/**
	 * The index term of a phrase: the mark, then the stems separated by one space
	 * per position step.
	 */
	static String termOf(String[] stems, int[] increments) {
		StringBuilder term = new StringBuilder().append(MARK).append(stems[0]);
		for (int i = 1; i < stems.length; i++) {
			term.append(" ".repeat(Math.max(1, increments[i]))).append(stems[i]);
		}
		return term.toString();
	}

	/**
	 * The concept term that matches exactly where {@code phrase} does, or
	 * {@code null} when the phrase is not a concept (or has slop).
	 */
	String termFor(PhraseQuery phrase) {
		Term[] words = phrase.getTerms();
		if (phrase.getSlop() != 0 || words.length < 2) {
			return null;
		}
		String[] stems = new String[words.length];
		int[] increments = new int[words.length];
		int[] positions = phrase.getPositions();
		for (int i = 0; i < words.length; i++) {
			stems[i] = words[i].text();
			increments[i] = i == 0 ? 0 : positions[i] - positions[i - 1];
			if (i > 0 && increments[i] < 1) {
				return null;
			}
		}
		String term = termOf(stems, increments);
		return terms.contains(term) ? term : null;
	}

	boolean mayStart(char[] buffer, int length) {
		return firstStems.contains(buffer, 0, length);
	}

	List<Concept> startingWith(String stem) {
		return byFirstStem.getOrDefault(stem, List.of());
	}

	/** Words of the longest concept. */
	int maxLength() {
		return maxLength;
	}

	int size() {
		return terms.size();
	}

	/**
	 * Identifies this list in an index's commit data: an index built with another
	 * list is rebuilt.
	 */
	String fingerprint() {
		return fingerprint;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 0, 8);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
