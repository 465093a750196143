package org.opencme.content.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The synonym map of the query analyzer: the shipped
 * {@code medical-synonyms.txt} plus rules an administrator adds. Rules are
 * parsed with the same tokenizer, lowercasing and folding that precede the
 * synonym filter, so "T2DM", "t2dm" and "Type 2 Diabetes" are written as users
 * type them.
 */
final class MedicalSynonyms {

	static final String RESOURCE = "medical-synonyms.txt";

	private MedicalSynonyms() {
	}

	/**
	 * @throws InvalidSynonymRulesException
	 *             naming the first extra rule that does not parse
	 */
	static SynonymMap build(List<String> extraRules) {
		try (Analyzer ruleAnalyzer = CatalogAnalyzers.preSynonymAnalyzer()) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
			parse(parser, shippedRules(), RESOURCE);
			for (String rule : extraRules) {
				parse(parser, rule, "extra rule '" + rule + "'");
			}
			return parser.build();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The shipped rules, e.g. to show an administrator what exists before extending
	 * it.
	 */
	static String shippedRules() {
		try (InputStream in = MedicalSynonyms.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void parse(SolrSynonymParser parser, String rules, String source) throws IOException {
		try {
			parser.parse(new StringReader(rules));
		} catch (ParseException | IllegalArgumentException e) {
			throw new InvalidSynonymRulesException("cannot parse synonyms in " + source + ": " + e.getMessage(), e);
		}
	}
}
