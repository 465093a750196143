package org.opencme.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencme.attendance.control.reports.ReportPeople;
import org.opencme.attendance.control.reports.ReportPeople.Person;
import org.opencme.attendance.control.reports.ReportText;
import org.opencme.attendance.control.reports.ZoomReport;

/**
 * People of a report: rows of one e-mail are one person, names normalised,
 * minutes merged.
 */
class ReportPeopleTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
	private static final Instant START = LocalDateTime.of(2027, 3, 16, 14, 0).atZone(CHICAGO).toInstant();
	private static final Instant END = START.plusSeconds(90 * 60);

	@Test
	void theZoomFixtureGivesOnePersonPerEmailAndOnePerUnknownName() throws Exception {
		String text;
		try (InputStream in = getClass().getResourceAsStream("/fixtures/attendance/zoom-participants-2020.csv")) {
			text = ReportText.decode(in.readAllBytes());
		}
		List<Person> people = ReportPeople.of(ZoomReport.parse(text, CHICAGO).rows(), START, END);
		Map<String, Person> byName = people.stream().collect(Collectors.toMap(Person::name, p -> p));
		assertEquals(5, people.size(), "host, Pat (two devices), Sam (two rows), a dial-in, a guest");
		assertEquals(43, byName.get("Pat Lee").minutes());
		assertEquals(85, byName.get("Sam Rivera").minutes());
		assertTrue(byName.get("Dana Designer").host());
		assertNull(byName.get("Jo Guest").email());
		assertEquals(88, byName.get("Jo Guest").minutes(), "14:01 to 15:29");
	}

	@Test
	void namesAreComparedWithoutDecoration() {
		assertEquals("pat lee", ReportPeople.normalisedName("Pat Lee (iPhone) (Pat Lee)"));
		assertEquals("pat lee", ReportPeople.normalisedName("Lee, Pat"));
		assertEquals("call-in user", ReportPeople.normalisedName("015_Call-in User"));
		assertEquals("pat lee", ReportPeople.normalisedName("  PAT   LEE "));
	}
}
