package org.opencme.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencme.identity.boundary.LicenceInput;
import org.opencme.identity.boundary.ReportingDetails;
import org.opencme.platform.boundary.Constraints;

/**
 * The reporting fields' constraints, mapped to field errors as the boundary
 * does.
 */
class ReportingDetailsConstraintsTest {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private static Map<String, String> problems(ReportingDetails d) {
		return Constraints.fieldErrors(ReportingDetails.class, VALIDATOR.validate(d));
	}

	private static ReportingDetails birthday(Integer month, Integer day) {
		return new ReportingDetails(month, day, null, null, null, null);
	}

	@Test
	void nothingGivenIsNoProblem() {
		assertTrue(problems(new ReportingDetails(null, null, null, null, null, null)).isEmpty());
	}

	@Test
	void aCompleteSetHasNoProblems() {
		assertTrue(problems(new ReportingDetails(3, 14, "1234567893", new LicenceInput("ca", "A-1"), " 123456 ", true))
				.isEmpty());
	}

	@Test
	void leapDayExistsButApril31DoesNot() {
		assertTrue(problems(birthday(2, 29)).isEmpty());
		assertEquals(Map.of("birthDay", "There is no day 31 in April."), problems(birthday(4, 31)));
		assertEquals(Map.of("birthDay", "There is no day 30 in February."), problems(birthday(2, 30)));
	}

	@Test
	void monthAndDayComeTogether() {
		assertEquals(Map.of("birthDay", "Enter the day of your birthday as well."), problems(birthday(3, null)));
		assertEquals(Map.of("birthMonth", "Choose the month of your birthday as well."), problems(birthday(null, 3)));
	}

	@Test
	void outOfRangePartsNameTheirField() {
		assertEquals(Map.of("birthMonth", "Choose the month of your birthday."), problems(birthday(13, 1)));
		assertEquals(Map.of("birthDay", "Enter the day of your birthday (1 to 31)."), problems(birthday(1, 0)));
	}

	@Test
	void everyBadFieldAtOnceInFormOrder() {
		Map<String, String> p = problems(
				new ReportingDetails(0, 40, "1234567890", new LicenceInput("ZZ", ""), "12345", true));
		assertEquals(List.of("birthMonth", "birthDay", "npi", "licence.state", "licence.number", "boardDiplomateId"),
				List.copyOf(p.keySet()));
		assertEquals("An ABIM diplomate id has 6 digits.", p.get("boardDiplomateId"));
	}
}
