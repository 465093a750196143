package org.opencme.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.content.search.Activities.activity;
import static org.opencme.content.search.Activities.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A phrase that is a concept is searched as its concept term: the hits must be
 * exactly the activities where the phrase occurs, which an independent check
 * decides by walking the analysed words of each text field.
 */
class ConceptSearchTest {

	private static final String[] WORDS = {"heart", "failure", "congestive", "blood", "pressure", "high", "the", "of",
			"type", "2", "diabetes", "mellitus", "opioid", "use", "disorder", "care", "burden", "disease", "chronic",
			"kidney", "failures", "Heart"};
	/** Whole and broken phrases, so that each concept occurs often enough. */
	private static final String[] PHRASES = {"heart failure", "congestive heart", "heart, failure", "type 2 diabetes",
			"type 2", "opioid use disorder", "opioid use", "use disorder", "chronic kidney disease", "high blood",
			"blood pressure", "Type II diabetes mellitus", "heart failures", "the burden of disease"};
	private static final List<CatalogDocument> DOCUMENTS = new ArrayList<>();
	private static CatalogIndex index;

	@BeforeAll
	static void fill() {
		Random random = new Random(42);
		for (long id = 1; id <= 600; id++) {
			DOCUMENTS.add(activity(id, sentence(random, 4)).summary(sentence(random, 12))
					.objectives(sentence(random, 6), sentence(random, 6)).body(sentence(random, 40)).build());
		}
		index = CatalogIndex.inMemory();
		index.rebuild(DOCUMENTS);
	}

	@AfterAll
	static void close() {
		index.close();
	}

	private static String sentence(Random random, int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			text.append(i == 0 ? "" : random.nextInt(8) == 0 ? ". " : " ")
					.append(random.nextInt(6) == 0
							? PHRASES[random.nextInt(PHRASES.length)]
							: WORDS[random.nextInt(WORDS.length)]);
		}
		return text.toString();
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = {"heart failure", "congestive heart failure", "high blood pressure", "type 2 diabetes",
			"type 2 diabetes mellitus", "opioid use disorder", "chronic kidney disease", "blood pressure"})
	void aQuotedConceptFindsExactlyWhereThePhraseOccurs(String phrase) throws IOException {
		assertTrue(MedicalConcepts.shipped().size() > 0);
		Set<Long> expected = new TreeSet<>();
		try (Analyzer english = CatalogAnalyzers.englishAnalyzer()) {
			List<String> wanted = stems(english, phrase);
			for (CatalogDocument doc : DOCUMENTS) {
				List<String> fields = new ArrayList<>(List.of(doc.title(), doc.summary(), doc.bodyText()));
				fields.addAll(doc.objectives());
				for (String field : fields) {
					if (contains(stems(english, field), wanted)) {
						expected.add(doc.activityId());
					}
				}
			}
		}
		CatalogPage page = index.search(query('"' + phrase + '"').size(100).build());
		assertTrue(expected.size() > 3, () -> "the corpus should hold the phrase a few times: " + expected);
		assertEquals(expected.size(), page.total());
		Set<Long> found = new TreeSet<>();
		for (int p = 0; p * 100 < page.total(); p++) {
			index.search(query('"' + phrase + '"').size(100).page(p).build()).items()
					.forEach(hit -> found.add(hit.activityId()));
		}
		assertEquals(expected, found);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {"\"heart failure\"", "CHF", "T2DM"})
	void aConceptIsHighlightedAsOnePhrase(String text) {
		List<String> marked = new ArrayList<>();
		for (CatalogHit hit : index.search(query(text).build()).items()) {
			java.util.regex.Matcher mark = java.util.regex.Pattern.compile("<mark>([^<]*)</mark>")
					.matcher(hit.highlight());
			while (mark.find()) {
				marked.add(mark.group(1));
			}
		}
		assertTrue(marked.size() > 5, marked::toString);
		assertTrue(marked.stream().allMatch(m -> m.contains(" ")), marked::toString);
	}

	/** Stems with a {@code null} for each position a stop word left empty. */
	private static List<String> stems(Analyzer analyzer, String text) throws IOException {
		List<String> stems = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				for (int gap = 1; gap < increment.getPositionIncrement() && !stems.isEmpty(); gap++) {
					stems.add(null);
				}
				stems.add(term.toString());
			}
			stream.end();
		}
		return stems;
	}

	private static boolean contains(List<String> text, List<String> phrase) {
		outer : for (int i = 0; i + phrase.size() <= text.size(); i++) {
			for (int j = 0; j < phrase.size(); j++) {
				String want = phrase.get(j);
				if (!(want == null ? text.get(i + j) == null : want.equals(text.get(i + j)))) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}
}
