package org.opencme.attendance.control;

/**
 * Session mail was stored; the mailer sends it once the transaction commits.
 */
public record MailQueued(long mailId) {
}
