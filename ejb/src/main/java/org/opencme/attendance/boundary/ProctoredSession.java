package org.opencme.attendance.boundary;

/**
 * A session as its proctor's list shows it: the session, its activity's title,
 * and how many learners hold a seat or wait.
 */
public record ProctoredSession(LiveSessionDetails session, String activityTitle, long registered, long waitlisted) {
}
