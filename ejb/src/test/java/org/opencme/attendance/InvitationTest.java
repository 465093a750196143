package org.opencme.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.opencme.attendance.control.Invitation;

/**
 * A session invitation parses back (ical4j) with the method, the stable UID,
 * the sequence, and the session's own zone on start and end.
 */
class InvitationTest {

	private static final Instant START = LocalDateTime.of(2027, 3, 16, 14, 0).atZone(ZoneId.of("America/Chicago"))
			.toInstant();

	private static Invitation.Event event(int sequence) {
		return new Invitation.Event(Invitation.uid(42, "cme.example.org"), sequence, "Implicit bias, live",
				"Session of the activity.", START, START.plusSeconds(90 * 60), "America/Chicago", "Room 4",
				"https://webinar.example.org/j/1", "no-reply@cme.example.org", "pat@example.org", "Pat Lee",
				Instant.parse("2027-03-01T10:00:00Z"));
	}

	private static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	@Test
	void anInvitationCarriesMethodUidSequenceAndTheSessionsZone() throws Exception {
		String text = Invitation.ics(Invitation.Method.REQUEST, event(0));
		assertTrue(text.contains("\r\n"), "lines end in CRLF");
		Calendar calendar = parse(text);
		assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
		VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
		assertEquals("opencme-session-42@cme.example.org", event.getProperty(Property.UID).orElseThrow().getValue());
		assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
		DtStart<?> start = event.getProperty(Property.DTSTART).map(p -> (DtStart<?>) p).orElseThrow();
		assertEquals("America/Chicago", start.getParameter("TZID").orElseThrow().getValue());
		assertEquals("20270316T140000", start.getValue());
		assertEquals(START, ZonedDateTime.from(start.getDate()).toInstant());
		assertEquals(1, calendar.getComponents("VTIMEZONE").size(), "the zone is described: " + text);
		assertEquals("mailto:pat@example.org", event.getProperty(Property.ATTENDEE).orElseThrow().getValue());
		assertEquals("CONFIRMED", event.getProperty(Property.STATUS).orElseThrow().getValue());
	}

	@Test
	void aCancellationIsTheSameEntryWithAHigherSequence() throws Exception {
		Calendar calendar = parse(Invitation.ics(Invitation.Method.CANCEL, event(1)));
		assertEquals("CANCEL", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
		VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
		assertEquals("opencme-session-42@cme.example.org", event.getProperty(Property.UID).orElseThrow().getValue());
		assertEquals("1", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
		assertEquals("CANCELLED", event.getProperty(Property.STATUS).orElseThrow().getValue());
	}
}
