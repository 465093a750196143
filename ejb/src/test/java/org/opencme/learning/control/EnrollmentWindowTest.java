package org.opencme.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.ActivitySpec;

class EnrollmentWindowTest {

	private static final LocalDate RELEASE = LocalDate.of(2026, 12, 1);
	private static final LocalDate EXPIRY = LocalDate.of(2027, 11, 30);

	private static ActivitySpec spec(LocalDate release, LocalDate expiry) {
		return new ActivitySpec("Hypertension", null, List.of(), List.of(), List.of(), null, null, List.of(), null,
				List.of(), release, expiry, 0, "USD", null);
	}

	@Test
	void openFromTheReleaseDayToTheExpiryDayBothIncluded() {
		ActivitySpec spec = spec(RELEASE, EXPIRY);
		assertTrue(EnrollmentWindow.openOn(spec, RELEASE));
		assertTrue(EnrollmentWindow.openOn(spec, EXPIRY));
		assertEquals(Optional.of("This activity opens on 2026-12-01."),
				EnrollmentWindow.closedOn(spec, RELEASE.minusDays(1)));
		assertEquals(Optional.of("This activity expired on 2027-11-30; no credit can be earned any more."),
				EnrollmentWindow.closedOn(spec, EXPIRY.plusDays(1)));
	}

	@Test
	void missingDatesLeaveThatEndOpen() {
		assertTrue(EnrollmentWindow.openOn(spec(null, null), LocalDate.of(1990, 1, 1)));
		assertTrue(EnrollmentWindow.openOn(spec(null, EXPIRY), LocalDate.of(1990, 1, 1)));
		assertTrue(EnrollmentWindow.openOn(spec(RELEASE, null), LocalDate.of(2999, 1, 1)));
	}

	@Test
	void fullWhenTheEnrolledHoldEveryPlace() {
		assertFalse(EnrollmentWindow.full(null, Long.MAX_VALUE), "no capacity: unlimited");
		assertFalse(EnrollmentWindow.full(2, 1), "the last place is left");
		assertTrue(EnrollmentWindow.full(2, 2));
		assertTrue(EnrollmentWindow.full(2, 3));
		assertTrue(EnrollmentWindow.full(0, 0), "a capacity of 0 takes nobody");
		assertEquals("This activity is full.", EnrollmentWindow.FULL);
	}

	@Test
	void aNotLiveActivityIsNamed() {
		assertEquals("\"Hypertension\" is not open for enrolment.", EnrollmentWindow.notLive("Hypertension"));
	}
}
