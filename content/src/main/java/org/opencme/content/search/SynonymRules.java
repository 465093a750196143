package org.opencme.content.search;

import java.util.List;

/**
 * What an administrator needs to extend the shipped medical synonym list: the
 * shipped rules to read, and a check that one added rule parses the way the
 * query analyzer will read it. A rule is one line in Solr synonym format:
 * {@code "ams, antimicrobial stewardship"} (equivalent terms) or
 * {@code "ams => antimicrobial stewardship"} (one-way).
 */
public final class SynonymRules {

	/** Longest rule an administrator may add. */
	public static final int MAX_LENGTH = 500;

	private SynonymRules() {
	}

	/** The rules shipped with the product, as the text of the shipped file. */
	public static String shipped() {
		return MedicalSynonyms.shippedRules();
	}

	/**
	 * @throws InvalidSynonymRulesException
	 *             saying what is wrong with the rule
	 */
	public static void check(String rule) {
		if (rule == null || rule.isBlank()) {
			throw new InvalidSynonymRulesException("A rule is needed, e.g. \"ams, antimicrobial stewardship\".", null);
		}
		if (rule.length() > MAX_LENGTH) {
			throw new InvalidSynonymRulesException("A rule has at most " + MAX_LENGTH + " characters.", null);
		}
		if (rule.contains("\n") || rule.contains("\r")) {
			throw new InvalidSynonymRulesException("One rule per line: add each line on its own.", null);
		}
		if (rule.strip().startsWith("#")) {
			throw new InvalidSynonymRulesException("A rule cannot start with #: that is a comment.", null);
		}
		if (!rule.contains(",") && !rule.contains("=>")) {
			throw new InvalidSynonymRulesException(
					"A rule names at least two terms, separated by commas (equivalent) or => (one way).", null);
		}
		MedicalSynonyms.build(List.of(rule));
	}
}
