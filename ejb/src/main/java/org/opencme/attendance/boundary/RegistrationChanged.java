package org.opencme.attendance.boundary;

/**
 * A learner's place for a session changed (registered, waitlisted, promoted,
 * cancelled), fired inside the transaction; observers that tell people do so
 * after it commits.
 */
public record RegistrationChanged(long sessionId, long accountId, String status, String reason) {
}
