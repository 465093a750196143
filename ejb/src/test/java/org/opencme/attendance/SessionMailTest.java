package org.opencme.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencme.attendance.entity.SessionMail;

/**
 * A refused mail waits longer each time, at most an hour, and is never dropped.
 */
class SessionMailTest {

	@Test
	void thePauseDoublesUpToAnHour() {
		Duration minute = Duration.ofMinutes(1);
		assertEquals(Duration.ofMinutes(1), SessionMail.retryPause(1, minute));
		assertEquals(Duration.ofMinutes(2), SessionMail.retryPause(2, minute));
		assertEquals(Duration.ofMinutes(4), SessionMail.retryPause(3, minute));
		assertEquals(Duration.ofMinutes(32), SessionMail.retryPause(6, minute));
		assertEquals(Duration.ofHours(1), SessionMail.retryPause(7, minute));
		assertEquals(Duration.ofHours(1), SessionMail.retryPause(1_000, minute));
		assertEquals(Duration.ofSeconds(20), SessionMail.retryPause(3, Duration.ofSeconds(5)));
	}

	@Test
	void aFailureKeepsTheMailDueLaterAndASuccessMarksItSent() {
		Instant now = Instant.parse("2027-01-01T10:00:00Z");
		SessionMail mail = new SessionMail(1, 2, SessionMail.Kind.REGISTERED, 0, "entry:1", now);
		mail.failed(now, "java.net.ConnectException: Connection refused", Duration.ofMinutes(1));
		assertEquals(1, mail.attempts());
		assertEquals(null, mail.sentAt());
		mail.sent(now.plusSeconds(90));
		assertEquals(now.plusSeconds(90), mail.sentAt());
		assertEquals(2, mail.attempts());
		assertTrue(SessionMail.Kind.SESSION_CANCELLED.cancel());
		assertFalse(SessionMail.Kind.WAITLISTED.calendar());
	}
}
