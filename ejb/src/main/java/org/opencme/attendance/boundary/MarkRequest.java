package org.opencme.attendance.boundary;

/**
 * A proctor's mark: {@code status} PRESENT, ABSENT, LATE or LEFT_EARLY;
 * {@code minutes} attended for LATE and LEFT_EARLY; an optional note; after
 * sign-off, the reason of the amendment.
 */
public record MarkRequest(String status, Integer minutes, String note, String reason) {
}
