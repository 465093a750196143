package org.opencme.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencme.attendance.control.Segments;
import org.opencme.attendance.control.reports.ReportRejectedException;
import org.opencme.attendance.control.reports.ReportRow;
import org.opencme.attendance.control.reports.ReportText;
import org.opencme.attendance.control.reports.TeamsReport;

/**
 * Teams attendance reports: the 2020 event log (UTF-16 LE with a mark, tabs,
 * timestamps with a comma, a join never followed by a leave), the 2022 numbered
 * sections with day-first dates, the 2023 Title-case headers in UTF-16 BE with
 * US dates; organisers are hosts; overlapping joins merge.
 */
class TeamsReportTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
	private static final Instant START = LocalDateTime.of(2027, 3, 16, 14, 0).atZone(CHICAGO).toInstant();
	private static final Instant END = START.plusSeconds(90 * 60);

	private static String fixture(String name) throws IOException {
		try (InputStream in = TeamsReportTest.class.getResourceAsStream("/fixtures/attendance/" + name)) {
			return ReportText.decode(in.readAllBytes());
		}
	}

	private static Map<String, List<ReportRow>> byName(List<ReportRow> rows) {
		return rows.stream().collect(Collectors.groupingBy(ReportRow::name));
	}

	private static long minutes(List<ReportRow> rows) {
		return Segments.minutes(rows.stream().flatMap(r -> r.segments().stream()).toList(), START, END);
	}

	@Test
	void theEventLogPairsJoinsWithLeavesAndAnOpenJoinLastsToTheEnd() throws IOException {
		String text = fixture("teams-event-log-2020.csv");
		assertTrue(TeamsReport.recognises(text));
		Map<String, List<ReportRow>> people = byName(TeamsReport.parse(text, CHICAGO, END));
		assertEquals(70, minutes(people.get("Pat Lee")), "14:00 to 15:10, the rejoin touching the first");
		assertEquals(85, minutes(people.get("Sam Rivera")), "joined before, never left: to the end at 15:30");
		assertTrue(people.get("Pat Lee").get(0).anonymous(), "the 2020 log has no e-mail: names only");
	}

	@Test
	void numberedSectionsWithDayFirstDatesAndTheOrganiserAsHost() throws IOException {
		List<ReportRow> rows = TeamsReport.parse(fixture("teams-sections-2022.csv"), CHICAGO, END);
		assertEquals(3, rows.size(), "the In-Meeting activities, not the participants summary");
		Map<String, List<ReportRow>> people = byName(rows);
		assertTrue(people.get("Dana Designer").get(0).host());
		assertFalse(people.get("Lee, Pat").get(0).host(), "a presenter is not a host");
		assertEquals("pat.lee@example.org", people.get("Lee, Pat").get(0).email());
		assertEquals(70, minutes(people.get("Lee, Pat")), "32 and 50 minutes that overlap are 70 in the session");
	}

	@Test
	void titleCaseHeadersInUtf16BigEndianWithUsDates() throws IOException {
		List<ReportRow> rows = TeamsReport.parse(fixture("teams-sections-2023-us.csv"), CHICAGO, END);
		assertEquals(2, rows.size());
		assertEquals(85, minutes(rows));
		assertNull(rows.get(0).totalMinutes());
	}

	@Test
	void somethingElseIsRefusedWithTheReason() {
		ReportRejectedException e = assertThrows(ReportRejectedException.class,
				() -> TeamsReport.parse("Name\tDuration\nPat\t10\n", CHICAGO, END));
		assertTrue(e.getMessage().contains("In-Meeting activities"), e.getMessage());
		ReportRejectedException time = assertThrows(ReportRejectedException.class,
				() -> TeamsReport.parse("Full Name\tUser Action\tTimestamp\nPat\tJoined\tyesterday\n", CHICAGO, END));
		assertEquals(2, time.line());
	}
}
