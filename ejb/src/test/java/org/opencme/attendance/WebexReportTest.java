package org.opencme.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencme.attendance.control.Segments;
import org.opencme.attendance.control.reports.ReportRejectedException;
import org.opencme.attendance.control.reports.ReportRow;
import org.opencme.attendance.control.reports.ReportText;
import org.opencme.attendance.control.reports.WebexReport;

/**
 * Webex attendee reports: UTF-16 LE, tabs, Excel-formula times, a phone user
 * without e-mail.
 */
class WebexReportTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
	private static final Instant START = LocalDateTime.of(2027, 3, 16, 14, 0).atZone(CHICAGO).toInstant();

	@Test
	void connectionsOfOnePersonMergeAndAPhoneUserHasNoEmail() throws IOException {
		String text;
		try (InputStream in = getClass().getResourceAsStream("/fixtures/attendance/webex-attendees-2021.csv")) {
			text = ReportText.decode(in.readAllBytes());
		}
		assertTrue(WebexReport.recognises(text));
		List<ReportRow> rows = WebexReport.parse(text, CHICAGO);
		assertEquals(4, rows.size());
		List<ReportRow> pat = rows.stream().filter(r -> "pat.lee@example.org".equals(r.email())).toList();
		assertEquals(65, Segments.minutes(pat.stream().flatMap(r -> r.segments().stream()).toList(), START,
				START.plusSeconds(90 * 60)), "34 and 35 minutes overlapping by two: 14:00 to 15:05");
		assertTrue(rows.get(3).anonymous(), "Call-in User_3");
		assertEquals(2, rows.get(0).line(), "the header is line 1");
	}

	@Test
	void aTimeThatIsNoneIsRefusedWithItsLine() {
		String text = "Name\tAttendee Email\tJoin Time\tLeave Time\nPat\tp@example.org\t=\"soon\"\t=\"2027-03-16 15:00:00\"\n";
		ReportRejectedException e = assertThrows(ReportRejectedException.class, () -> WebexReport.parse(text, CHICAGO));
		assertEquals(2, e.line());
		assertTrue(e.getMessage().contains("\"soon\""), e.getMessage());
	}
}
