package org.opencme.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.PhraseQuery;
import org.junit.jupiter.api.Test;

/**
 * Concept terms at index time: where they are added, at which position and with
 * which offsets, and how a phrase query finds its concept term.
 */
class ConceptFilterTest {

	private static final MedicalConcepts CONCEPTS = MedicalConcepts.fromRules(
			"chf, congestive heart failure, heart failure\nbod, burden of disease\n# a comment, not rules\n");
	private static final char M = MedicalConcepts.MARK;

	private record Token(String term, int increment, int start, int end) {
		@Override
		public String toString() {
			return term.replace(M, '#') + "/" + increment + "/" + start + "-" + end;
		}
	}

	private static List<Token> tokens(MedicalConcepts concepts, String text) throws IOException {
		List<Token> tokens = new ArrayList<>();
		try (Analyzer analyzer = CatalogAnalyzers.englishAnalyzer();
				TokenStream english = analyzer.tokenStream("f", text);
				TokenStream stream = new ConceptFilter(english, concepts)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), increment.getPositionIncrement(), offset.startOffset(),
						offset.endOffset()));
			}
			stream.end();
		}
		return tokens;
	}

	@Test
	void onlyMultiWordEntriesAreConcepts() {
		assertEquals(3, CONCEPTS.size(), "congestive heart failure, heart failure, burden of disease");
		assertEquals(3, CONCEPTS.maxLength());
	}

	@Test
	void aConceptIsAddedAtItsFirstWordAndSpansAllItsWords() throws IOException {
		assertEquals(
				List.of(new Token("congest", 1, 0, 10), new Token(M + "congest heart failur", 0, 0, 24),
						new Token("heart", 1, 11, 16), new Token(M + "heart failur", 0, 11, 24),
						new Token("failur", 1, 17, 24), new Token("admiss", 1, 25, 35)),
				tokens(CONCEPTS, "Congestive heart failure admissions"));
	}

	@Test
	void stopWordGapsMustBeTheSameAsInTheConcept() throws IOException {
		List<Token> tokens = tokens(CONCEPTS, "the burden of disease");
		assertTrue(tokens.contains(new Token(M + "burden  diseas", 0, 4, 21)), tokens::toString);
		assertTrue(tokens(CONCEPTS, "burden disease").stream().noneMatch(t -> t.term().charAt(0) == M));
	}

	@Test
	void wordsApartOrInAnotherOrderAreNoConcept() throws IOException {
		assertTrue(tokens(CONCEPTS, "heart muscle failure, failure heart").stream()
				.noneMatch(t -> t.term().charAt(0) == M));
	}

	@Test
	void aConceptAtTheEndOfTheTextAndBackToBackConceptsAreFound() throws IOException {
		List<Token> tokens = tokens(CONCEPTS, "heart failure heart failure");
		assertEquals(List.of("heart", M + "heart failur", "failur", "heart", M + "heart failur", "failur"),
				tokens.stream().map(Token::term).toList());
		assertEquals(List.of(1, 0, 1, 1, 0, 1), tokens.stream().map(Token::increment).toList());
	}

	@Test
	void aStreamIsReusedCleanly() throws IOException {
		try (Analyzer analyzer = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new WhitespaceTokenizer();
				return new TokenStreamComponents(source, new ConceptFilter(source, CONCEPTS));
			}
		}) {
			for (int i = 0; i < 3; i++) {
				try (TokenStream stream = analyzer.tokenStream("f", "heart failur heart")) {
					CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
					stream.reset();
					List<String> terms = new ArrayList<>();
					while (stream.incrementToken()) {
						terms.add(term.toString());
					}
					stream.end();
					assertEquals(List.of("heart", M + "heart failur", "failur", "heart"), terms);
				}
			}
		}
	}

	@Test
	void aPhraseQueryFindsItsConceptTermOnlyWithoutSlop() {
		assertEquals(M + "heart failur", CONCEPTS.termFor(new PhraseQuery("f", "heart", "failur")));
		assertNotNull(CONCEPTS.termFor(new PhraseQuery.Builder().add(new org.apache.lucene.index.Term("f", "burden"), 0)
				.add(new org.apache.lucene.index.Term("f", "diseas"), 2).build()));
		assertNull(CONCEPTS.termFor(new PhraseQuery(1, "f", "heart", "failur")));
		assertNull(CONCEPTS.termFor(new PhraseQuery("f", "failur", "heart")));
		assertNull(CONCEPTS.termFor(new PhraseQuery("f", "burden", "diseas")), "the gap of 'of' is part of it");
	}

	@Test
	void theFingerprintChangesWithTheList() {
		assertEquals(CONCEPTS.fingerprint(),
				MedicalConcepts.fromRules("heart failure, congestive heart failure\nburden of disease").fingerprint());
		assertTrue(!CONCEPTS.fingerprint().equals(MedicalConcepts.shipped().fingerprint()));
		assertTrue(MedicalConcepts.shipped().size() > 100, () -> "shipped: " + MedicalConcepts.shipped().size());
	}
}
