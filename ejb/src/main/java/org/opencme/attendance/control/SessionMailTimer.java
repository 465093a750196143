package org.opencme.attendance.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Every 15 seconds, the mail still due (a retry after an SMTP failure, or a
 * restart).
 */
@Singleton
public class SessionMailTimer {

	@Inject
	SessionMailer mailer;

	@Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
	void due() {
		mailer.trigger();
	}
}
