package org.opencme.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencme.learning.control.AttestationRules;
import org.opencme.learning.control.WatchRules;

class WatchRulesTest {

	private static final long FORTY_S = 40_000;

	@Test
	void aFullViewingCountsEverySecondFromTheStart() {
		// The player's beats: 'playing' at 0:00 (starts the clock), every 10 s, and at
		// the end; the server
		// receives them a few milliseconds late or early.
		long[][] beats = {{0, 10_030, 10_020}, {10_030, 20_010, 9_990}, {20_010, 30_050, 10_030},
				{30_050, 40_000, 9_960}};
		long watched = 0;
		for (long[] b : beats) {
			watched += WatchRules.countedMillis(b[0], b[1], b[2], FORTY_S);
		}
		assertTrue(watched >= 39_900, "40 s played, " + watched + " ms counted");
		assertTrue(WatchRules.watchedEnough(watched, FORTY_S, null), "the default 90 % is reached");
	}

	@Test
	void neverMoreThanTheWallClockTimeBetweenHeartbeats() {
		long watched = 0;
		for (int i = 0; i < 100; i++) {
			// A forged client claims 10 s of playing every 100 ms.
			watched += WatchRules.countedMillis(i * 10_000L, (i + 1) * 10_000L, 100, 3_600_000);
		}
		assertEquals(10_000, watched, "100 heartbeats in 10 s of real time earn 10 s");
		assertEquals(0, WatchRules.countedMillis(0, 5_000, 0, FORTY_S), "no time passed, nothing counts");
	}

	@Test
	void positionsAreClampedToTheStoredLength() {
		assertEquals(0, WatchRules.countedMillis(40_000, 90_000, 50_000, FORTY_S), "past the end is not video");
		assertEquals(2_000, WatchRules.countedMillis(38_000, 99_000, 10_000, FORTY_S));
		assertEquals(0, WatchRules.countedMillis(20_000, 10_000, 10_000, FORTY_S), "going back counts nothing");
		assertFalse(WatchRules.watchedEnough(2_000, 0, 1), "a video of unknown length never completes");
	}

	@Test
	void completionIsAgainstTheRealLengthNotAReportedOne() {
		assertFalse(WatchRules.watchedEnough(2_000, FORTY_S, null), "2 s of a 40 s video");
		assertTrue(WatchRules.watchedEnough(36_000, FORTY_S, null));
		assertFalse(WatchRules.watchedEnough(35_999, FORTY_S, null));
		assertTrue(WatchRules.watchedEnough(20_000, FORTY_S, 50));
	}

	@Test
	void aBarePositionCountsForwardStepsThatAreNoJump() {
		assertEquals(10_000, WatchRules.countedMillisForPosition(0, 10, 10_000, FORTY_S));
		assertEquals(0, WatchRules.countedMillisForPosition(0, 30, 600_000, FORTY_S),
				"a page left open excuses no jump");
		assertEquals(3_000, WatchRules.countedMillisForPosition(0, 12, 3_000, FORTY_S), "no slack beyond real time");
		assertEquals(0, WatchRules.countedMillisForPosition(20, 10, 10_000, FORTY_S));
	}

	@Test
	void attestedMinutesAreBoundedByTheModuleAndTheTimeSinceEnrolling() {
		Instant enrolled = Instant.parse("2026-12-02T10:00:00Z");
		assertEquals(1, AttestationRules.maxMinutes(60, enrolled, enrolled.plusSeconds(5)));
		assertEquals(31, AttestationRules.maxMinutes(60, enrolled, enrolled.plusSeconds(30 * 60 + 1)));
		assertEquals(60, AttestationRules.maxMinutes(60, enrolled, enrolled.plusSeconds(5 * 3600)));
		assertEquals(AttestationRules.DEFAULT_MAX_MINUTES,
				AttestationRules.maxMinutes(null, enrolled, enrolled.plusSeconds(24 * 3600)));
	}
}
