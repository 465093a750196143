package org.opencme.content.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SynonymRulesTest {

	@ParameterizedTest
	@ValueSource(strings = {"ams, antimicrobial stewardship", "AMS => antimicrobial stewardship",
			"SGLT2i, SGLT2 inhibitor, gliflozin"})
	void acceptsRulesInSolrFormat(String rule) {
		assertDoesNotThrow(() -> SynonymRules.check(rule));
	}

	@ParameterizedTest
	@ValueSource(strings = {"", "   ", "ams", "# ams, antimicrobial stewardship", "ams, x\nqi, y", "a => "})
	void refusesWhatIsNotOneRule(String rule) {
		InvalidSynonymRulesException e = assertThrows(InvalidSynonymRulesException.class,
				() -> SynonymRules.check(rule));
		assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
	}

	@Test
	void refusesOverlongRules() {
		assertThrows(InvalidSynonymRulesException.class,
				() -> SynonymRules.check("a, " + "b".repeat(SynonymRules.MAX_LENGTH)));
	}

	@Test
	void shipsTheMedicalList() {
		String shipped = SynonymRules.shipped();
		assertTrue(shipped.toLowerCase().contains("htn"), shipped);
	}
}
