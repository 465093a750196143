package org.opencme.claim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The claim page's mapping of a refusal's fields to its inputs. The amount
 * check while typing is the claim rules' own ({@code ClaimRulesTest}).
 */
class ClaimViewTest {

	@Test
	void aClaimLineFieldNamesItsType() {
		assertEquals("AMA_PRA_1", ClaimView.codeOf("claims[AMA_PRA_1].amount"));
		assertEquals("ANCC", ClaimView.codeOf("claims[ANCC].creditType"));
		assertNull(ClaimView.codeOf("claims"));
		assertNull(ClaimView.codeOf("birthday"));
		assertEquals("birthMonth", ClaimView.INPUTS.get("birthday"));
	}
}
