package org.opencme.attendance.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * The iCalendar (RFC 5545) text of a session invitation or its cancellation,
 * built with ical4j. One {@code UID} per session, so Outlook, Google Calendar
 * and Apple Calendar update the same entry; {@code SEQUENCE} grows with each
 * message to the same person; start and end carry the session's own
 * {@code TZID}, with its {@code VTIMEZONE}.
 */
public final class Invitation {

	/** The two kinds of calendar message OpenCME sends. */
	public enum Method {
		REQUEST, CANCEL
	}

	/** What the message says about one session to one person. */
	public record Event(String uid, int sequence, String title, String description, Instant start, Instant end,
			String timeZone, String location, String joinUrl, String organizerEmail, String attendeeEmail,
			String attendeeName, Instant stamp) {

		public Event {
			Objects.requireNonNull(uid);
			Objects.requireNonNull(start);
			Objects.requireNonNull(end);
			Objects.requireNonNull(timeZone);
			if (sequence < 0) {
				throw new IllegalArgumentException("SEQUENCE is never negative");
			}
		}
	}

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private Invitation() {
	}

	/** A stable UID for a session's calendar entry. */
	public static String uid(long sessionId, String host) {
		return "opencme-session-" + sessionId + "@" + host;
	}

	/** The calendar text, lines ending in CRLF as RFC 5545 asks. */
	public static String ics(Method method, Event e) {
		ZoneId zone = ZoneId.of(e.timeZone());
		VEvent event = new VEvent(ZonedDateTime.ofInstant(e.start(), zone), ZonedDateTime.ofInstant(e.end(), zone),
				e.title());
		event.replace(new DtStamp(e.stamp()));
		event.add(new Uid(e.uid()));
		event.add(new Sequence(e.sequence()));
		event.add(method == Method.CANCEL ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		if (e.description() != null) {
			event.add(new Description(e.description()));
		}
		if (e.location() != null) {
			event.add(new Location(e.location()));
		}
		if (e.joinUrl() != null) {
			event.add(new Url(java.net.URI.create(e.joinUrl())));
		}
		event.add(new Organizer(java.net.URI.create("mailto:" + e.organizerEmail())).add(new Cn("OpenCME")));
		Attendee attendee = new Attendee(java.net.URI.create("mailto:" + e.attendeeEmail()));
		attendee.add(Role.REQ_PARTICIPANT);
		attendee.add(method == Method.CANCEL ? PartStat.DECLINED : PartStat.ACCEPTED);
		attendee.add(Rsvp.FALSE);
		if (e.attendeeName() != null) {
			attendee.add(new Cn(e.attendeeName()));
		}
		event.add(attendee);

		Calendar calendar = new Calendar().withProdId("-//OpenCME//Live sessions//EN").withDefaults()
				.withProperty(method == Method.CANCEL ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)
				.getFluentTarget();
		TimeZone tz = ZONES.getTimeZone(e.timeZone());
		if (tz != null) {
			calendar.add(tz.getVTimeZone());
		}
		calendar.add(event);
		return calendar.toString();
	}
}
