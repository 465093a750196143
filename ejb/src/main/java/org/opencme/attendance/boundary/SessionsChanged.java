package org.opencme.attendance.boundary;

/** A session of the activity was scheduled or cancelled. */
public record SessionsChanged(long activityId) {
}
