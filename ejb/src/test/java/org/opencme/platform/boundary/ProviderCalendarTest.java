package org.opencme.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProviderCalendarTest {

	@Test
	void newYorkUnlessConfigured() {
		assertEquals(ZoneId.of("America/New_York"), ProviderCalendar.zone(null));
		assertEquals(ZoneId.of("America/New_York"), ProviderCalendar.zone("  "));
		assertEquals(ZoneId.of("Europe/Berlin"), ProviderCalendar.zone(" Europe/Berlin "));
	}

	@Test
	void aMistypedZoneStopsTheStartRatherThanShiftingDates() {
		assertThrows(DateTimeException.class, () -> ProviderCalendar.zone("America/NewYork"));
	}

	@Test
	void theEveningOfTheLastDayInNewYorkIsStillThatDay() {
		// (the test JVM sets no opencme.provider.zone)
		// 31 Dec 2026, 20:00 in New York is already 1 Jan 2027 in UTC: an activity
		// expiring on
		// 31 Dec must still be listed and open for enrolment.
		Instant evening = Instant.parse("2027-01-01T01:00:00Z");
		assertEquals(LocalDate.of(2026, 12, 31), ProviderCalendar.dateOf(evening));
	}

	@Test
	void todayIsTheProvidersDateWhateverTheClocksZone() {
		Clock utc = Clock.fixed(Instant.parse("2027-01-01T01:00:00Z"), ZoneOffset.UTC);
		assertEquals(LocalDate.of(2026, 12, 31), ProviderCalendar.today(utc));
	}

	@Test
	void theClockInTheProvidersZoneKeepsTheClocksTime() {
		Clock utc = Clock.fixed(Instant.parse("2027-01-01T01:00:00Z"), ZoneOffset.UTC);
		Clock provider = ProviderCalendar.inZone(utc);
		assertEquals(utc.instant(), provider.instant());
		assertEquals(LocalDate.of(2026, 12, 31), LocalDate.now(provider));
	}
}
