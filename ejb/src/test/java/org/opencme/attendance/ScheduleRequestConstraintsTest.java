package org.opencme.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.attendance.boundary.ScheduleRequest;
import org.opencme.platform.boundary.Constraints;

/**
 * Each field of a session to schedule on its own, mapped to field errors as the
 * boundary does ({@link ScheduleRequest.Scheduled}); and the looser bounds a
 * JSON body meets as soon as it is read (the default group).
 */
class ScheduleRequestConstraintsTest {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
	private static final LocalDateTime START = LocalDateTime.of(2027, 6, 1, 9, 0);

	private static Map<String, String> problems(ScheduleRequest r) {
		return Constraints.fieldErrors(ScheduleRequest.class, VALIDATOR.validate(r, ScheduleRequest.Scheduled.class));
	}

	private static ScheduleRequest with(String zone, Integer capacity, String joinUrl, String room) {
		return new ScheduleRequest("live-webinar", START, START.plusHours(1), zone, capacity, joinUrl, room);
	}

	@Test
	void aCompleteRequestHasNoProblems() {
		assertTrue(problems(with("America/Chicago", 1, "https://webinar.example.org/x", "Room 4")).isEmpty());
		assertTrue(problems(with(" UTC ", null, " ", "")).isEmpty(), "blank link and room mean none");
	}

	@Test
	void everyBadFieldIsNamedWithTheMessagesTheFormShows() {
		Map<String, String> problems = problems(new ScheduleRequest(null, null, null, " ", 0, "ftp://x", null));
		assertEquals(List.of("start", "end", "timeZone", "capacity", "joinUrl"), List.copyOf(problems.keySet()));
		assertEquals("A start date and time are needed.", problems.get("start"));
		assertEquals("An end date and time are needed.", problems.get("end"));
		assertEquals("A time zone is needed, e.g. America/Chicago.", problems.get("timeZone"));
		assertEquals("Capacity is at least 1, or empty for the activity's capacity.", problems.get("capacity"));
		assertEquals("The join link must be an https:// address.", problems.get("joinUrl"));
		assertEquals(Map.of("timeZone", "A time zone is needed, e.g. America/Chicago."),
				problems(with(null, null, null, null)));
	}

	@Test
	void anUnknownZoneIsQuotedAsTyped() {
		assertEquals(Map.of("timeZone", "Unknown time zone \"Mars/Olympus\"; use a name such as America/Chicago."),
				problems(with("Mars/Olympus", null, null, null)));
		assertEquals(Map.of("timeZone", "Unknown time zone \"${1+1}\"; use a name such as America/Chicago."),
				problems(with("${1+1}", null, null, null)), "what was typed is not evaluated");
	}

	@Test
	void theJoinLinkIsHttpsWithAHostAndAtMost500Characters() {
		for (String bad : List.of("http://insecure.example.org", "https://", "https:relative", "not a url",
				"javascript:alert(1)")) {
			assertEquals(Map.of("joinUrl", "The join link must be an https:// address."),
					problems(with("UTC", null, bad, null)), bad);
		}
		String longest = "https://webinar.example.org/" + "x".repeat(ScheduleRequest.MAX_JOIN_URL - 28);
		assertEquals(ScheduleRequest.MAX_JOIN_URL, longest.length());
		assertTrue(problems(with("UTC", null, "  " + longest + "  ", null)).isEmpty(), "blanks are not counted");
		assertEquals(Map.of("joinUrl", "At most 500 characters."), problems(with("UTC", null, longest + "x", null)));
		assertEquals(Map.of("joinUrl", "The join link must be an https:// address."),
				problems(with("UTC", null, "http://webinar.example.org/" + "x".repeat(600), null)),
				"a long link that is not https is named for that alone");
	}

	@Test
	void theRoomHasAtMost200Characters() {
		String longest = "r".repeat(ScheduleRequest.MAX_ROOM);
		assertTrue(problems(with("UTC", null, null, " " + longest + " ")).isEmpty());
		assertEquals(Map.of("room", "At most 200 characters."), problems(with("UTC", null, null, longest + "r")));
	}

	@Test
	void aJsonBodyIsOnlyBoundAsItIsRead() {
		assertTrue(VALIDATOR.validate(new ScheduleRequest(null, null, null, "Mars/Olympus", null, "http://x", null))
				.isEmpty(), "the scheduling rules wait for the boundary, which names every problem at once");
		assertEquals(Set.of("moduleId", "timeZone", "capacity", "joinUrl", "room"),
				Constraints.fieldErrors(ScheduleRequest.class, VALIDATOR.validate(new ScheduleRequest("m".repeat(81),
						null, null, "z".repeat(65), 0, "https://x/" + "x".repeat(500), "r".repeat(201)))).keySet());
	}
}
