package org.opencme.learning.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AllowanceTest {

	private final Allowance year = new Allowance(7, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "USD",
			Instant.parse("2025-12-15T12:00:00Z"));

	@Test
	void inForceOnEveryDayOfItsPeriodBothEndsIncluded() {
		assertTrue(year.covers(LocalDate.of(2026, 1, 1)));
		assertTrue(year.covers(LocalDate.of(2026, 7, 1)));
		assertTrue(year.covers(LocalDate.of(2026, 12, 31)));
		assertFalse(year.covers(LocalDate.of(2025, 12, 31)));
		assertFalse(year.covers(LocalDate.of(2027, 1, 1)));
	}

	@Test
	void aOneDayAllowanceCoversThatDayOnly() {
		Allowance day = new Allowance(7, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), "USD",
				Instant.parse("2026-02-01T12:00:00Z"));
		assertTrue(day.covers(LocalDate.of(2026, 3, 1)));
		assertFalse(day.covers(LocalDate.of(2026, 2, 28)));
		assertFalse(day.covers(LocalDate.of(2026, 3, 2)));
	}

	@Test
	void aSpendMayUseTheLastCentButNeverGoBelowZero() {
		assertTrue(Allowance.affords(50_000, 12_500));
		assertTrue(Allowance.affords(12_500, 12_500), "spending everything that is left");
		assertFalse(Allowance.affords(12_499, 12_500), "one cent short");
		assertFalse(Allowance.affords(0, 1));
		assertFalse(Allowance.affords(-100, 0), "an overdrawn ledger pays nothing");
	}
}
