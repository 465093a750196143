package org.opencme.content.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analysis chains of the catalog. Index and query share one English chain
 * (standard tokenizer, possessive, lowercase, ASCII folding, stop words, Porter
 * stemmer); the query chain adds the medical synonym graph right after folding.
 * Synonyms are applied at query time only, so changing them never needs a
 * reindex, and multi-word synonyms become phrase queries instead of polluting
 * positions in the index.
 *
 * <p>
 * Porter (rather than a light stemmer) because clinicians search "diabetic" and
 * "diabetes", "infarct" and "infarction" interchangeably; recall matters more
 * than precision in a catalog of a few thousand activities.
 */
final class CatalogAnalyzers {

	/**
	 * Gap between values of a multi-valued field, so a phrase never spans two
	 * objectives or topics.
	 */
	static final int VALUE_GAP = 100;
	static final int MAX_SUGGEST_GRAM = 20;

	private CatalogAnalyzers() {
	}

	/**
	 * Index-time analysis of all fields: the English chain plus the
	 * {@link MedicalConcepts} terms; the title prefix field gets edge n-grams for
	 * autocomplete.
	 */
	static Analyzer indexAnalyzer() {
		return new PerFieldAnalyzerWrapper(new ChainAnalyzer(null, MedicalConcepts.shipped()),
				Map.of(CatalogFields.TITLE_PREFIX, new EdgeNGramAnalyzer()));
	}

	/**
	 * The English chain without synonyms: index text, quoted phrases, highlighting.
	 */
	static Analyzer englishAnalyzer() {
		return new ChainAnalyzer(null, null);
	}

	/** The English chain with the synonym graph, for unquoted search text. */
	static Analyzer queryAnalyzer(SynonymMap synonyms) {
		return new ChainAnalyzer(synonyms, null);
	}

	/**
	 * What users type into the autocomplete box: words, lowercased and folded,
	 * unstemmed.
	 */
	static Analyzer suggestQueryAnalyzer() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
			}
		};
	}

	/**
	 * The chain in front of the synonym filter, which also parses the synonym
	 * rules.
	 */
	static Analyzer preSynonymAnalyzer() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, preSynonym(source));
			}
		};
	}

	private static TokenStream preSynonym(Tokenizer source) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
	}

	private static final class ChainAnalyzer extends Analyzer {
		private final SynonymMap synonyms;
		private final MedicalConcepts concepts;

		ChainAnalyzer(SynonymMap synonyms, MedicalConcepts concepts) {
			this.synonyms = synonyms;
			this.concepts = concepts;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = preSynonym(source);
			if (synonyms != null && synonyms.fst != null) {
				stream = new SynonymGraphFilter(stream, synonyms, true);
			}
			stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
			stream = new PorterStemFilter(stream);
			return new TokenStreamComponents(source, concepts == null ? stream : new ConceptFilter(stream, concepts));
		}

		@Override
		public int getPositionIncrementGap(String fieldName) {
			return VALUE_GAP;
		}

		@Override
		public int getOffsetGap(String fieldName) {
			return 1;
		}
	}

	private static final class EdgeNGramAnalyzer extends Analyzer {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
			return new TokenStreamComponents(source, new EdgeNGramTokenFilter(stream, 1, MAX_SUGGEST_GRAM, true));
		}
	}
}
