package org.opencme.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencme.attendance.control.Segments;
import org.opencme.attendance.control.Segments.Segment;

/**
 * Join/leave segments: merged before counting, clipped to the session, minutes
 * to percent.
 */
class SegmentsTest {

	private static final Instant START = Instant.parse("2027-03-16T19:00:00Z");
	private static final Instant END = Instant.parse("2027-03-16T20:07:00Z"); // 67 minutes

	private static Instant at(int minute) {
		return START.plusSeconds(minute * 60L);
	}

	private static Segment seg(int from, int to) {
		return new Segment(at(from), at(to));
	}

	@Test
	void overlappingSegmentsOf32And33MinutesAreNot65() {
		// a laptop from 0 to 32, a phone from 20 to 53: 53 minutes in the room, not 65
		assertEquals(53, Segments.minutes(List.of(seg(0, 32), seg(20, 53)), START, END));
	}

	@Test
	void touchingSegmentsAreOneAndGapsDoNotCount() {
		assertEquals(List.of(seg(0, 40)), Segments.merged(List.of(seg(20, 40), seg(0, 20)), START, END));
		assertEquals(30, Segments.minutes(List.of(seg(0, 10), seg(30, 50)), START, END));
		assertEquals(2, Segments.merged(List.of(seg(0, 10), seg(30, 50)), START, END).size());
	}

	@Test
	void aSegmentInsideAnotherAddsNothing() {
		assertEquals(60, Segments.minutes(List.of(seg(0, 60), seg(10, 20), seg(30, 31)), START, END));
	}

	@Test
	void timeBeforeTheStartAndAfterTheEndIsClippedOff() {
		// joined 14 minutes early, stayed 10 minutes after: the session's 67 minutes
		assertEquals(67, Segments.minutes(List.of(seg(-14, 77)), START, END));
		assertEquals(0, Segments.minutes(List.of(seg(-30, -5), seg(70, 90)), START, END), "all outside");
	}

	@Test
	void secondsAddUpBeforeRoundingDown() {
		Segment a = new Segment(START, START.plusSeconds(90)); // 1.5 min
		Segment b = new Segment(START.plusSeconds(600), START.plusSeconds(690)); // 1.5 min
		assertEquals(3, Segments.minutes(List.of(a, b), START, END));
	}

	@Test
	void minutesBecomeAPercentOfTheSession() {
		assertEquals(59, Segments.percent(40, 67), "attended 40 of 67 minutes");
		assertEquals(80, Segments.percent(54, 67), "54 of 67 minutes meets an 80 % rule");
		assertEquals(100, Segments.percent(67, 67));
		assertEquals(100, Segments.percent(70, 67), "never more than the whole");
		assertEquals(0, Segments.percent(0, 67));
		assertThrows(IllegalArgumentException.class, () -> Segments.percent(10, 0));
	}

	@Test
	void aSegmentThatEndsBeforeItStartsIsAnError() {
		assertThrows(IllegalArgumentException.class, () -> new Segment(at(10), at(5)));
	}
}
