package org.opencme.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.claim.CreditFixtures.d;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencme.claim.control.Increments;

class IncrementsTest {

	@Test
	void anAmountIsAStepWhenItIsAWholeNumberOfIncrements() {
		for (String ok : new String[]{"0.25", "0.5", "1.25", "1.50", "1.250000", "2", "10.75"}) {
			assertTrue(Increments.isStep(d(ok), d("0.25")), ok);
		}
		for (String off : new String[]{"0.1", "1.3", "1.251", "0.24", "1.2500001"}) {
			assertFalse(Increments.isStep(d(off), d("0.25")), off);
		}
		assertTrue(Increments.isStep(d("1.37"), d("0.01")));
		assertFalse(Increments.isStep(d("1.375"), d("0.01")));
	}

	@Test
	void decimalsThatAreInexactAsDoublesAreExactHere() {
		assertTrue(Increments.isStep(d("0.1").add(d("0.2")), d("0.01")));
		assertTrue(Increments.isStep(d("0.3"), d("0.1")));
	}

	@Test
	void floorIsTheLargestStepNotAbove() {
		assertEquals(d("1.25"), Increments.floor(d("1.3"), d("0.25")));
		assertEquals(d("1.25"), Increments.floor(d("1.25"), d("0.25")));
		assertEquals(d("0.00"), Increments.floor(d("0.2"), d("0.25")));
		assertEquals(d("1.33"), Increments.floor(d("1.3333"), d("0.01")));
	}

	@Test
	void theNearestStepsAreBelowAndAboveWithinTheLimitAndAboveZero() {
		assertEquals(List.of(d("1.25"), d("1.50")), Increments.nearest(d("1.3"), d("0.25"), d("1.5")));
		assertEquals(List.of(d("1.25")), Increments.nearest(d("1.3"), d("0.25"), d("1.25")), "1.5 is above the limit");
		assertEquals(List.of(d("0.25")), Increments.nearest(d("0.1"), d("0.25"), d("1.5")), "0 is not claimable");
		assertEquals(List.of(), Increments.nearest(d("0.1"), d("0.25"), d("0")));
	}

	@Test
	void amountsAreStoredWithTwoDecimalsAndShownWithout() {
		assertEquals("1.50", Increments.scaled(d("1.5"), d("0.25")).toPlainString());
		assertEquals("1.25", Increments.scaled(d("1.2500"), d("0.25")).toPlainString());
		assertEquals("1.5", Increments.show(d("1.50")));
		assertEquals("2", Increments.show(d("2.00")));
		assertEquals("0", Increments.show(d("0.00")));
		assertEquals("10", Increments.show(d("1E+1")));
	}

	@Test
	void anIncrementIsMoreThanZero() {
		assertThrows(IllegalArgumentException.class, () -> Increments.isStep(BigDecimal.ONE, BigDecimal.ZERO));
		assertThrows(IllegalArgumentException.class, () -> Increments.floor(BigDecimal.ONE, d("-0.25")));
		assertThrows(IllegalArgumentException.class, () -> Increments.isStep(BigDecimal.ONE, null));
	}
}
