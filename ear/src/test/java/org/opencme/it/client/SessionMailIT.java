package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencme.it.Deployments;

/**
 * Session mail over real SMTP: the server sends through WildFly's mail
 * subsystem to a GreenMail server on loopback, and the test parses each
 * calendar part with ical4j. Registering, giving up and registering again, a
 * waitlist place and its promotion, and a cancelled session each reach the
 * learner, with one UID per session, a growing SEQUENCE, the session's TZID and
 * METHOD REQUEST or CANCEL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionMailIT {

	@RegisterExtension
	static final GreenMailExtension MAIL = new GreenMailExtension(
			new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
	private static Accounts.Account designer;

	@BeforeAll
	static void freshAccounts() {
		designer = Accounts.designer();
	}

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	/** One received mail: subject, and the calendar part parsed, if any. */
	private record Received(String subject, String text, String method, Calendar calendar) {

		VEvent event() {
			return calendar.<VEvent>getComponents("VEVENT").get(0);
		}

		String uid() {
			return event().getProperty(Property.UID).orElseThrow().getValue();
		}

		int sequence() {
			return Integer.parseInt(event().getProperty(Property.SEQUENCE).orElseThrow().getValue());
		}

		String calendarMethod() {
			return calendar.getProperty(Property.METHOD).orElseThrow().getValue();
		}
	}

	@Test
	void registrationsCancellationsAndPromotionsReachTheLearnerAsOneCalendarEntry() throws Exception {
		long activity = LiveSessions.freeWebinar("Mail seats " + System.nanoTime(), designer);
		LocalDate day = LocalDate.now().plusDays(20);
		long session = LiveSessions.schedule(designer, activity, day, "14:00", "15:30", "America/Chicago", 1);
		Accounts.Account first = LiveSessions.enrolledLearner(activity);
		Accounts.Account second = LiveSessions.enrolledLearner(activity);

		assertEquals(200, LiveSessions.register(first, session).statusCode());
		Received invited = awaitMail(first, 1).get(0);
		assertTrue(invited.subject().startsWith("Registered: "), invited.subject());
		assertEquals("REQUEST", invited.method());
		assertEquals("REQUEST", invited.calendarMethod());
		assertEquals(0, invited.sequence());
		assertTrue(invited.uid().startsWith("opencme-session-" + session + "@"), invited.uid());
		DtStart<?> start = invited.event().getProperty(Property.DTSTART).map(p -> (DtStart<?>) p).orElseThrow();
		assertEquals("America/Chicago", start.getParameter("TZID").orElseThrow().getValue());
		assertEquals(day.atTime(14, 0).atZone(CHICAGO).toInstant(), ZonedDateTime.from(start.getDate()).toInstant());
		assertEquals(1, invited.calendar().getComponents("VTIMEZONE").size());

		assertEquals(200, LiveSessions.register(second, session).statusCode());
		Received waiting = awaitMail(second, 1).get(0);
		assertTrue(waiting.subject().startsWith("On the waitlist: "), waiting.subject());
		assertNull(waiting.calendar(), "no calendar entry for a waitlist place");

		// The first gives up: a CANCEL of the same entry to them, and the seat (with an
		// invitation) to the second.
		assertEquals(200,
				Http.send("DELETE", "/api/sessions/" + session + "/registrations", first.basic(), null).statusCode());
		Received cancelled = awaitMail(first, 2).get(1);
		assertEquals("CANCEL", cancelled.calendarMethod());
		assertEquals(invited.uid(), cancelled.uid());
		assertEquals(1, cancelled.sequence());
		Received promoted = awaitMail(second, 2).get(1);
		assertTrue(promoted.subject().startsWith("A seat came free"), promoted.subject());
		assertEquals("REQUEST", promoted.calendarMethod());
		assertEquals(invited.uid(), promoted.uid());

		// The provider cancels the session: everyone with a place gets a CANCEL with a
		// higher SEQUENCE.
		assertEquals(200, LiveSessions.register(first, session).statusCode(), "back on the waitlist");
		awaitMail(first, 3);
		assertEquals(200,
				Http.send("POST", "/api/sessions/" + session + "/cancel", designer.basic(), null).statusCode());
		Received gone = awaitMail(second, 3).get(2);
		assertTrue(gone.subject().startsWith("Session cancelled: "), gone.subject());
		assertEquals("CANCEL", gone.calendarMethod());
		assertEquals(invited.uid(), gone.uid());
		assertTrue(gone.sequence() > promoted.sequence(), "SEQUENCE grows: " + gone.sequence());
		Received goneToo = awaitMail(first, 4).get(3);
		assertEquals("CANCEL", goneToo.calendarMethod());
		assertTrue(goneToo.sequence() > cancelled.sequence());
	}

	@Test
	void mailRefusedWhileTheSmtpServerIsDownArrivesOnceItIsBack() throws Exception {
		long activity = LiveSessions.freeWebinar("Mail retry " + System.nanoTime(), designer);
		LocalDate day = LocalDate.now().plusDays(21);
		long session = LiveSessions.schedule(designer, activity, day, "09:00", "10:00", "Europe/Berlin", null);
		Accounts.Account learner = LiveSessions.enrolledLearner(activity);

		MAIL.stop();
		try {
			assertEquals(200, LiveSessions.register(learner, session).statusCode(),
					"the registration does not wait for mail");
			Thread.sleep(2_000); // the first attempt, after the commit, finds no SMTP server
		} finally {
			MAIL.start();
		}
		Received late = awaitMail(learner, 1).get(0);
		assertTrue(late.subject().startsWith("Registered: "), late.subject());
		assertEquals("Europe/Berlin",
				late.event().getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue());
		Thread.sleep(5_000);
		assertEquals(1, Arrays.stream(MAIL.getReceivedMessages()).filter(m -> to(m).equals(learner.email())).count(),
				"sent once, not once per attempt");
	}

	/**
	 * Waits up to 20 s until {@code count} mails reached the learner; answers them
	 * in arrival order.
	 */
	private static List<Received> awaitMail(Accounts.Account learner, int count) throws Exception {
		long until = System.nanoTime() + 40_000_000_000L;
		List<MimeMessage> mails = List.of();
		while (System.nanoTime() < until) {
			mails = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> to(m).equals(learner.email())).toList();
			if (mails.size() >= count) {
				break;
			}
			Thread.sleep(200);
		}
		assertTrue(mails.size() >= count,
				"expected " + count + " mails to " + learner.email() + ", got " + mails.size());
		List<Received> received = new java.util.ArrayList<>();
		for (MimeMessage m : mails) {
			received.add(read(m));
		}
		return received;
	}

	private static String to(MimeMessage m) {
		try {
			return ((jakarta.mail.internet.InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
		} catch (MessagingException e) {
			return "";
		}
	}

	private static Received read(MimeMessage m) throws Exception {
		if (!(m.getContent() instanceof Multipart parts)) {
			return new Received(m.getSubject(), m.getContent().toString(), null, null);
		}
		String text = null;
		String method = null;
		Calendar calendar = null;
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (part.isMimeType("text/calendar")) {
				String type = part.getContentType();
				method = type.replaceAll("(?is).*method=([A-Z]+).*", "$1");
				calendar = new CalendarBuilder().build(new StringReader(body(part)));
			} else if (part.isMimeType("text/plain")) {
				text = part.getContent().toString();
			}
		}
		return new Received(m.getSubject(), text, method, calendar);
	}

	private static String body(BodyPart part) throws Exception {
		Object content = part.getContent();
		if (content instanceof String s) {
			return s;
		}
		try (InputStream in = (InputStream) content; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			in.transferTo(out);
			return out.toString(StandardCharsets.UTF_8);
		}
	}
}
