package org.opencme.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.attendance.control.Marks;
import org.opencme.attendance.entity.AttendanceStatus;

/** Roster marks: minutes for each status, and what a proctor must give. */
class MarksTest {

	@Test
	void presentCountsTheWholeSessionAbsentNoneAndPartialTheTypedMinutes() {
		assertEquals(90, Marks.minutes(AttendanceStatus.PRESENT, null, 90));
		assertEquals(90, Marks.minutes(AttendanceStatus.PRESENT, 12, 90), "typed minutes do not count for present");
		assertEquals(0, Marks.minutes(AttendanceStatus.ABSENT, 45, 90));
		assertEquals(70, Marks.minutes(AttendanceStatus.LATE, 70, 90));
		assertEquals(30, Marks.minutes(AttendanceStatus.LEFT_EARLY, 30, 90));
	}

	@Test
	void aLateArrivalNeedsMinutesBetweenOneAndTheSessionsLength() {
		assertEquals("Type the minutes the learner attended.",
				Marks.problems(AttendanceStatus.LATE, null, null, null, 90, false).get("minutes"));
		assertTrue(Marks.problems(AttendanceStatus.LEFT_EARLY, 90, null, null, 90, false).get("minutes")
				.startsWith("Between 1 and 89 minutes"));
		assertTrue(Marks.problems(AttendanceStatus.LATE, 0, null, null, 90, false).containsKey("minutes"));
		assertTrue(Marks.problems(AttendanceStatus.LATE, 89, null, null, 90, false).isEmpty());
		assertTrue(Marks.problems(AttendanceStatus.PRESENT, null, null, null, 90, false).isEmpty());
	}

	@Test
	void afterSignOffAChangeNeedsAReason() {
		Map<String, String> errors = Marks.problems(AttendanceStatus.ABSENT, null, null, " ", 60, true);
		assertEquals("The roster is signed off: say why this mark is amended.", errors.get("reason"));
		assertTrue(Marks.problems(AttendanceStatus.ABSENT, null, null, "Left before the case discussion", 60, true)
				.isEmpty());
		assertEquals(Set.of("status", "note"), Marks.problems(null, null, "x".repeat(501), null, 60, false).keySet());
	}
}
