package org.opencme.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencme.learning.boundary.AllowanceGrant;
import org.opencme.learning.boundary.AllowanceService;
import org.opencme.platform.boundary.Constraints;

class AllowanceGrantConstraintsTest {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
	private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
	private static final String PERIOD = "Give a period whose end is not before its start, and a positive amount.";
	private static final String AMOUNT = "Give an amount from 1 to " + AllowanceService.MAX_GRANT_MINOR + " cents.";

	private static Map<String, String> problems(AllowanceGrant grant) {
		return Constraints.fieldErrors(AllowanceGrant.class, VALIDATOR.validate(grant));
	}

	@Test
	void aPeriodOfOneDayOrMoreWithAnAmountInRangeIsFine() {
		assertTrue(problems(new AllowanceGrant(JAN, JAN, 1)).isEmpty());
		assertTrue(problems(new AllowanceGrant(JAN, JAN.plusYears(1), AllowanceService.MAX_GRANT_MINOR)).isEmpty());
	}

	@Test
	void thePeriodNeedsBothDatesAndMayNotEndBeforeItStarts() {
		assertEquals(Map.of("period", PERIOD), problems(new AllowanceGrant(JAN, JAN.minusDays(1), 100)));
		assertEquals(Map.of("period", PERIOD), problems(new AllowanceGrant(null, JAN, 100)));
		assertEquals(Map.of("period", PERIOD), problems(new AllowanceGrant(JAN, null, 100)));
	}

	@Test
	void theAmountIsFromOneCentToTheLargestGrant() {
		assertEquals(Map.of("amountMinor", AMOUNT), problems(new AllowanceGrant(JAN, JAN, 0)));
		assertEquals(Map.of("amountMinor", AMOUNT),
				problems(new AllowanceGrant(JAN, JAN, AllowanceService.MAX_GRANT_MINOR + 1)));
	}
}
