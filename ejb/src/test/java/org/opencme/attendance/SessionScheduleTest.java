package org.opencme.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.attendance.boundary.ScheduleRequest;
import org.opencme.attendance.control.SessionSchedule;

/**
 * The rules between a session's fields and its activity: the module, the order
 * and length of start and end (counted in real hours across daylight saving
 * changes), and a start not in the past.
 */
class SessionScheduleTest {

	private static final Set<String> MODULES = Set.of("live-webinar");
	private static final String BACKWARDS = "The session must end after it starts.";
	private static final String TOO_LONG = "A session lasts at most 12 hours; schedule a long day as several sessions.";
	private static final String PAST = "The start is in the past.";
	private static final LocalDateTime DAY = LocalDateTime.of(2027, 6, 1, 8, 0);
	private static final Instant NOW = DAY.atZone(ZoneId.of("Europe/Paris")).toInstant();

	private static ScheduleRequest session(LocalDateTime start, LocalDateTime end, String zone) {
		return new ScheduleRequest("live-webinar", start, end, zone, null, null, null);
	}

	private static Map<String, String> problems(LocalDateTime start, LocalDateTime end, String zone, Instant now) {
		return SessionSchedule.problems(session(start, end, zone), MODULES, now);
	}

	@Test
	void aSessionOfOneOfTheModulesInTheFutureIsFine() {
		assertEquals(Map.of(), problems(DAY.plusHours(1), DAY.plusHours(2), "Europe/Paris", NOW));
	}

	@Test
	void theModuleIsOneOfTheActivitysSessionModules() {
		assertEquals(Map.of("moduleId", "Choose one of the activity's session modules: [live-webinar]."),
				SessionSchedule.problems(new ScheduleRequest("intro", DAY.plusHours(1), DAY.plusHours(2),
						"Europe/Paris", null, null, null), MODULES, NOW));
		assertEquals(Map.of("moduleId", "Choose one of the activity's session modules: [live-webinar]."),
				SessionSchedule.problems(
						new ScheduleRequest(null, DAY.plusHours(1), DAY.plusHours(2), "Europe/Paris", null, null, null),
						MODULES, NOW));
		assertEquals(Map.of("moduleId", "This activity has no live or proctored session module; add one first."),
				SessionSchedule.problems(session(DAY.plusHours(1), DAY.plusHours(2), "Europe/Paris"), Set.of(), NOW));
	}

	@Test
	void aSessionEndsAfterItStarts() {
		assertEquals(Map.of("end", BACKWARDS), problems(DAY.plusHours(1), DAY.plusHours(1), "Europe/Paris", NOW),
				"end == start");
		assertEquals(Map.of("end", BACKWARDS), problems(DAY.plusHours(2), DAY.plusHours(1), "Europe/Paris", NOW));
		assertEquals(Map.of(), problems(DAY.plusHours(1), DAY.plusHours(1).plusMinutes(1), "Europe/Paris", NOW),
				"a minute is fine");
	}

	@Test
	void aSessionLastsAtMostTwelveHours() {
		assertEquals(Duration.ofHours(12), SessionSchedule.LONGEST);
		assertEquals(Map.of(), problems(DAY.plusHours(1), DAY.plusHours(13), "Europe/Paris", NOW), "exactly 12 h");
		assertEquals(Map.of("end", TOO_LONG),
				problems(DAY.plusHours(1), DAY.plusHours(13).plusSeconds(1), "Europe/Paris", NOW));
	}

	@Test
	void aSessionMayStartNowButNotBefore() {
		assertEquals(Map.of(), problems(DAY, DAY.plusHours(1), "Europe/Paris", NOW), "start == now");
		assertEquals(Map.of("start", PAST), problems(DAY.minusSeconds(1), DAY.plusHours(1), "Europe/Paris", NOW));
		assertEquals(Map.of("start", PAST), problems(DAY, DAY.plusHours(1), "Europe/Paris", NOW.plusNanos(1)));
	}

	@Test
	void theTimesAreReadInTheSessionsZone() {
		Instant now = Instant.parse("2027-06-01T12:00:00Z");
		LocalDateTime nineAm = LocalDateTime.of(2027, 6, 1, 9, 0);
		assertEquals(Map.of("start", PAST), problems(nineAm, nineAm.plusHours(1), "Europe/Paris", now),
				"09:00 in Paris is 07:00 UTC");
		assertEquals(Map.of(), problems(nineAm, nineAm.plusHours(1), "America/Denver", now),
				"09:00 in Denver is 15:00 UTC");
		assertEquals(Instant.parse("2027-06-01T15:00:00Z"),
				SessionSchedule.times(session(nineAm, nineAm.plusHours(1), " America/Denver ")).orElseThrow().start(),
				"blanks around the zone are ignored");
	}

	@Test
	void acrossADaylightSavingChangeTheHoursThatReallyPassCount() {
		Instant before = Instant.parse("2027-01-01T00:00:00Z");
		// New York springs forward on 14 March 2027: midnight to 12:30 local is 11.5
		// hours.
		LocalDateTime springDay = LocalDateTime.of(2027, 3, 14, 0, 0);
		assertEquals(Map.of(),
				problems(springDay, springDay.plusHours(12).plusMinutes(30), "America/New_York", before));
		// It falls back on 7 November 2027: midnight to noon local is 13 hours.
		LocalDateTime fallDay = LocalDateTime.of(2027, 11, 7, 0, 0);
		assertEquals(Map.of("end", TOO_LONG), problems(fallDay, fallDay.plusHours(12), "America/New_York", before));
		assertEquals(Map.of(), problems(fallDay, fallDay.plusHours(11), "America/New_York", before),
				"11 local hours are 12 real ones, exactly the longest");
		// The same local times in a zone without the change are 12 hours.
		assertEquals(Map.of(), problems(fallDay, fallDay.plusHours(12), "Asia/Tokyo", before));
	}

	@Test
	void aLocalTimeInTheSpringGapMovesForwardAndOneInTheAutumnOverlapIsTheEarlier() {
		// 02:30 does not exist in New York on 14 March 2027; it is read as 03:30 EDT.
		LocalDateTime inGap = LocalDateTime.of(2027, 3, 14, 2, 30);
		SessionSchedule.Times gap = SessionSchedule.times(session(inGap, inGap.plusHours(1), "America/New_York"))
				.orElseThrow();
		assertEquals(Instant.parse("2027-03-14T07:30:00Z"), gap.start());
		// 01:30 to 01:45 on 7 November: both in the earlier (EDT) hour, so 15 minutes.
		LocalDateTime inOverlap = LocalDateTime.of(2027, 11, 7, 1, 30);
		SessionSchedule.Times overlap = SessionSchedule
				.times(session(inOverlap, inOverlap.plusMinutes(15), "America/New_York")).orElseThrow();
		assertEquals(Instant.parse("2027-11-07T05:30:00Z"), overlap.start());
		assertEquals(Duration.ofMinutes(15), Duration.between(overlap.start(), overlap.end()));
	}

	@Test
	void backwardsAndPastAreBothNamed() {
		assertEquals(List.of("start", "end"),
				List.copyOf(problems(DAY.minusHours(1), DAY.minusHours(2), "Europe/Paris", NOW).keySet()));
	}

	@Test
	void withoutBothTimesOrAKnownZoneTheTimeRulesWait() {
		assertTrue(problems(null, DAY.minusHours(2), "Europe/Paris", NOW).isEmpty());
		assertTrue(problems(DAY.minusHours(1), null, "Europe/Paris", NOW).isEmpty());
		assertTrue(problems(DAY.plusHours(2), DAY.plusHours(1), "Mars/Olympus", NOW).isEmpty());
		assertTrue(problems(DAY.plusHours(2), DAY.plusHours(1), " ", NOW).isEmpty());
		assertTrue(SessionSchedule.times(session(DAY, DAY.plusHours(1), null)).isEmpty());
	}

	@Test
	void problemsAreNamedInTheFormsOrder() {
		Map<String, String> merged = SessionSchedule.inFormOrder(Map.of("room", "r", "capacity", "c", "timeZone", "z"),
				Map.of("end", "e", "moduleId", "m"));
		assertEquals(List.of("moduleId", "timeZone", "end", "capacity", "room"), List.copyOf(merged.keySet()));
	}
}
