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
import org.opencme.attendance.control.reports.ZoomReport;

/**
 * Zoom participant reports in the layouts Zoom wrote (fixtures under
 * {@code fixtures/attendance/}, written from the layouts of real exports): the
 * 2020 meeting block with one row per connection, "unique users" with a
 * byte-order mark, the 2024 sentence-case headers with 24-hour times; the host,
 * guests and dial-ins told apart; overlapping devices merged; a bad time
 * refused with its line.
 */
class ZoomReportTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
	private static final Instant START = LocalDateTime.of(2027, 3, 16, 14, 0).atZone(CHICAGO).toInstant();
	private static final Instant END = START.plusSeconds(90 * 60);

	private static String fixture(String name) throws IOException {
		try (InputStream in = ZoomReportTest.class.getResourceAsStream("/fixtures/attendance/" + name)) {
			return ReportText.decode(in.readAllBytes());
		}
	}

	private static Map<String, List<ReportRow>> byEmail(ZoomReport.Parsed parsed) {
		return parsed.rows().stream().filter(r -> !r.anonymous()).collect(Collectors.groupingBy(ReportRow::email));
	}

	private static long minutes(List<ReportRow> rows) {
		return Segments.minutes(rows.stream().flatMap(r -> r.segments().stream()).toList(), START, END);
	}

	@Test
	void theMeetingBlockNamesTheHostAndConnectionsOfOnePersonMerge() throws IOException {
		String text = fixture("zoom-participants-2020.csv");
		assertTrue(ZoomReport.recognises(text));
		ZoomReport.Parsed parsed = ZoomReport.parse(text, CHICAGO);
		assertEquals("host.dana@cme.example.org", parsed.hostEmail());
		assertEquals(7, parsed.rows().size());
		Map<String, List<ReportRow>> people = byEmail(parsed);
		assertTrue(people.get("host.dana@cme.example.org").get(0).host());
		// laptop 13:58-14:30 and phone 14:10-14:43 overlap: 14:00 (start) to 14:43 is
		// 43 minutes, not 33 + 33
		assertEquals(43, minutes(people.get("pat.lee@example.org")));
		// a rejoin that touches the first connection, e-mail case aside: 14:05 to 15:30
		assertEquals(85, minutes(people.get("sam.rivera@example.org")));
		assertEquals(2, parsed.rows().stream().filter(ReportRow::anonymous).count(), "a dial-in and a guest");
		assertEquals(START.minusSeconds(2 * 60 - 3), people.get("pat.lee@example.org").get(0).segments().get(0).from(),
				"read in the session's zone");
	}

	@Test
	void uniqueUsersReportsGiveTotalsOnlyAndTheByteOrderMarkIsDropped() throws IOException {
		ZoomReport.Parsed parsed = ZoomReport.parse(fixture("zoom-unique-users-2021.csv"), CHICAGO);
		assertNull(parsed.hostEmail(), "no meeting block");
		assertEquals(3, parsed.rows().size());
		ReportRow pat = parsed.rows().get(0);
		assertEquals("Pat Lee", pat.name(), "the mark is not part of the first header");
		assertEquals(46, pat.totalMinutes());
		assertTrue(pat.segments().isEmpty());
		assertTrue(parsed.rows().get(1).anonymous());
	}

	@Test
	void sentenceCaseHeadersAndTwentyFourHourTimesOfTheNewerExports() throws IOException {
		ZoomReport.Parsed parsed = ZoomReport.parse(fixture("zoom-sentence-case-2024.csv"), CHICAGO);
		assertEquals("host.dana@cme.example.org", parsed.hostEmail(), "from the Host column");
		Map<String, List<ReportRow>> people = byEmail(parsed);
		assertTrue(people.get("host.dana@cme.example.org").get(0).host());
		assertFalse(people.get("pat.lee@example.org").get(0).host());
		assertEquals(90, minutes(people.get("pat.lee@example.org")), "clipped to the 90-minute session");
		assertEquals("Rivera, Sam", people.get("sam.rivera@example.org").get(0).name(), "a quoted name with a comma");
		assertEquals(55, minutes(people.get("sam.rivera@example.org")), "times without seconds");
	}

	@Test
	void aTimeZoomNeverWritesIsRefusedWithItsLine() throws IOException {
		ReportRejectedException e = assertThrows(ReportRejectedException.class,
				() -> ZoomReport.parse(fixture("zoom-broken-time.csv"), CHICAGO));
		assertEquals(3, e.line());
		assertTrue(e.getMessage().startsWith("Line 3: the Join Time \"16.03.2027 14:05\""), e.getMessage());
	}

	@Test
	void aFileWithoutAParticipantsTableIsRefused() {
		ReportRejectedException e = assertThrows(ReportRejectedException.class,
				() -> ZoomReport.parse("Full Name\tUser Action\tTimestamp\n", CHICAGO));
		assertTrue(e.getMessage().contains("Name (Original Name)"), e.getMessage());
	}

	@Test
	void utf16WithAndWithoutAMarkIsRead() {
		byte[] le = "\uFEFFName (Original Name),User Email".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
		assertEquals("Name (Original Name),User Email", ReportText.decode(le));
		byte[] be = "Name".getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
		assertEquals("Name", ReportText.decode(be));
	}
}
