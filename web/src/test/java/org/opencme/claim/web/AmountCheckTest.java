package org.opencme.claim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.claim.control.ClaimOption;
import org.opencme.credit.boundary.CreditTypeSummary;

class AmountCheckTest {

	static final CreditTypeSummary AMA = new CreditTypeSummary("AMA_PRA_1", "AMA PRA Category 1 Credit™", "credit(s)",
			new BigDecimal("0.25"), Set.of("MD", "DO"), true, "statement");

	/** 1.5 designated; the recorded time allows 1.25. */
	static final ClaimOption ROW = new ClaimOption(AMA, new BigDecimal("1.50"), new BigDecimal("1.25"), false);

	static Optional<String> check(String amount) {
		return AmountCheck.problem(ROW, amount == null ? null : new BigDecimal(amount));
	}

	@Test
	void anAmountInStepsWithinTheLimitPasses() {
		assertEquals(Optional.empty(), check("1.25"));
		assertEquals(Optional.empty(), check("0.25"));
		assertEquals(Optional.empty(), check("1"));
		assertEquals(Optional.empty(), check(null), "empty says nothing while typing");
	}

	@Test
	void offStepNamesTheStepsNearby() {
		String sentence = check("1.1").orElseThrow();
		assertTrue(sentence.contains("in steps of 0.25, and 1.1 is not one: claim 1 or 1.25."), sentence);
	}

	@Test
	void aboveTheMaximumOrTheLimitOrNotPositiveIsSaid() {
		assertEquals("This activity offers at most 1.5 credit(s) of AMA PRA Category 1 Credit™; 2 is more.",
				check("2").orElseThrow());
		assertTrue(check("1.5").orElseThrow().startsWith("You may claim at most 1.25 credit(s)"));
		assertEquals("Enter an amount of more than 0.", check("0").orElseThrow());
		assertEquals("Enter an amount of more than 0.", check("-1").orElseThrow());
	}

	@Test
	void aClaimLineFieldNamesItsType() {
		assertEquals("AMA_PRA_1", ClaimView.codeOf("claims[AMA_PRA_1].amount"));
		assertEquals("ANCC", ClaimView.codeOf("claims[ANCC].creditType"));
		assertNull(ClaimView.codeOf("claims"));
		assertNull(ClaimView.codeOf("birthday"));
		assertEquals("birthMonth", ClaimView.INPUTS.get("birthday"));
	}
}
