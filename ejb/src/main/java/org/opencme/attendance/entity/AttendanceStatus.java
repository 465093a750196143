package org.opencme.attendance.entity;

/** What a proctor marks for a learner in a session. */
public enum AttendanceStatus {
	PRESENT("Present"), ABSENT("Absent"), LATE("Arrived late"), LEFT_EARLY("Left early");

	private final String label;

	AttendanceStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * Whether the proctor types the minutes attended (late arrival, early leave).
	 */
	public boolean partial() {
		return this == LATE || this == LEFT_EARLY;
	}
}
