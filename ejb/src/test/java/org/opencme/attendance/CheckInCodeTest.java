package org.opencme.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.attendance.control.CheckInCode;
import org.opencme.attendance.control.CheckInCode.Match;

/**
 * The check-in code: six characters without look-alikes, new every two minutes,
 * accepted for the current and the previous period, told apart from a stale
 * one, different per session; and the window from 15 minutes before the start
 * to the end.
 */
class CheckInCodeTest {

	private static final String SECRET = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
	private static final Instant START = Instant.parse("2027-03-16T19:00:00Z");
	private static final Instant END = START.plus(Duration.ofMinutes(90));

	@Test
	void theCodeChangesEveryTwoMinutesAndLooksAlikeNothing() {
		Instant now = START.plusSeconds(10);
		String code = CheckInCode.code(SECRET, CheckInCode.step(now));
		assertEquals(6, code.length());
		assertTrue(code.matches("[A-HJ-NP-Z2-9]{6}"), code);
		assertEquals(code, CheckInCode.code(SECRET, CheckInCode.step(now.plusSeconds(100))), "same period");
		Instant next = CheckInCode.nextChange(now);
		assertEquals(Instant.parse("2027-03-16T19:02:00Z"), next);
		assertNotEquals(code, CheckInCode.code(SECRET, CheckInCode.step(next)));
		Set<String> seen = new HashSet<>();
		for (long step = 0; step < 1000; step++) {
			seen.add(CheckInCode.code(SECRET, step));
		}
		assertTrue(seen.size() > 995, "codes do not repeat in a pattern: " + seen.size());
	}

	@Test
	void theCurrentAndThePreviousCodeAreAcceptedAnOlderOneIsStale() {
		Instant now = START.plusSeconds(600);
		long step = CheckInCode.step(now);
		assertEquals(Match.CURRENT, CheckInCode.match(SECRET, CheckInCode.code(SECRET, step), now));
		assertEquals(Match.CURRENT, CheckInCode.match(SECRET, CheckInCode.code(SECRET, step - 1), now),
				"typed as it changed");
		assertEquals(Match.STALE, CheckInCode.match(SECRET, CheckInCode.code(SECRET, step - 3), now));
		assertEquals(Match.WRONG, CheckInCode.match(SECRET, "AAAAAA", now));
		assertEquals(Match.WRONG, CheckInCode.match(SECRET, null, now));
		String typed = CheckInCode.code(SECRET, step).toLowerCase();
		assertEquals(Match.CURRENT,
				CheckInCode.match(SECRET, " " + typed.substring(0, 3) + "-" + typed.substring(3), now),
				"case, spaces and dashes do not matter");
	}

	@Test
	void anotherSessionHasOtherCodes() {
		String other = CheckInCode.newSecret();
		assertEquals(64, other.length());
		long step = CheckInCode.step(START);
		assertNotEquals(CheckInCode.code(SECRET, step), CheckInCode.code(other, step));
		assertEquals(Match.WRONG, CheckInCode.match(other, CheckInCode.code(SECRET, step), START));
	}

	@Test
	void checkInIsOpenFromAQuarterHourBeforeTheStartToTheEnd() {
		ZoneId chicago = ZoneId.of("America/Chicago");
		assertTrue(CheckInCode.open(START, END, START.minus(Duration.ofMinutes(15))));
		assertTrue(CheckInCode.open(START, END, END.minusSeconds(1)));
		assertTrue(!CheckInCode.open(START, END, END));
		assertEquals("Check-in opens at 13:45 CDT, 15 minutes before the session starts.",
				CheckInCode.closedBecause(START, END, START.minus(Duration.ofMinutes(16)), chicago).orElseThrow());
		assertEquals("Check-in closed when the session ended at 15:30 CDT; ask your proctor to mark your attendance.",
				CheckInCode.closedBecause(START, END, END, chicago).orElseThrow());
		assertTrue(CheckInCode.closedBecause(START, END, START, chicago).isEmpty());
	}
}
