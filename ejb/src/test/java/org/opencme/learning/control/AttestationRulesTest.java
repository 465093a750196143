package org.opencme.learning.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencme.platform.boundary.InvalidInputException;

class AttestationRulesTest {

	private static final Instant ENROLLED = Instant.parse("2026-12-02T10:00:00Z");

	private static InvalidInputException refused(int minutes, Integer moduleMax, Instant now) {
		return assertThrows(InvalidInputException.class,
				() -> AttestationRules.requireAttestable(minutes, moduleMax, ENROLLED, now));
	}

	@Test
	void theMinuteBegunCounts() {
		assertEquals(1, AttestationRules.maxMinutes(60, ENROLLED, ENROLLED));
		assertEquals(1, AttestationRules.maxMinutes(60, ENROLLED, ENROLLED.plusSeconds(59)));
		assertEquals(2, AttestationRules.maxMinutes(60, ENROLLED, ENROLLED.plusSeconds(60)));
		assertEquals(1, AttestationRules.maxMinutes(60, ENROLLED, ENROLLED.minusSeconds(600)),
				"a clock behind the enrolment gives the first minute only");
	}

	@Test
	void fromOneToTheBoundBothIncluded() {
		Instant later = ENROLLED.plus(Duration.ofHours(5));
		assertDoesNotThrow(() -> AttestationRules.requireAttestable(1, 60, ENROLLED, later));
		assertDoesNotThrow(() -> AttestationRules.requireAttestable(60, 60, ENROLLED, later));
		InvalidInputException e = refused(61, 60, later);
		assertEquals("Attest between 1 and 60 minutes.", e.getMessage());
		assertEquals(
				Map.of("minutes",
						"Between 1 and 60 minutes (at most the module's limit and the time since you enrolled)."),
				e.fieldErrors());
		assertEquals("Attest between 1 and 60 minutes.", refused(0, 60, later).getMessage());
		assertEquals("Attest between 1 and 60 minutes.", refused(-5, 60, later).getMessage());
	}

	@Test
	void neverMoreThanTheTimeSinceEnrolling() {
		Instant halfAnHour = ENROLLED.plus(Duration.ofMinutes(30));
		assertDoesNotThrow(() -> AttestationRules.requireAttestable(31, 60, ENROLLED, halfAnHour));
		assertEquals("Attest between 1 and 31 minutes.", refused(32, 60, halfAnHour).getMessage());
		assertEquals("Attest between 1 and 1 minutes.", refused(30, null, ENROLLED.plusSeconds(60 - 1)).getMessage(),
				"30 minutes cannot be attested a minute after enrolling");
	}

	@Test
	void theDefaultMaximumAppliesWithoutOne() {
		Instant aDayLater = ENROLLED.plus(Duration.ofDays(1));
		assertDoesNotThrow(() -> AttestationRules.requireAttestable(AttestationRules.DEFAULT_MAX_MINUTES, null,
				ENROLLED, aDayLater));
		assertEquals("Attest between 1 and 600 minutes.", refused(601, null, aDayLater).getMessage());
	}
}
