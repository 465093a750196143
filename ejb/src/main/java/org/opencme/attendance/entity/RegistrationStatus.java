package org.opencme.attendance.entity;

/** Where a learner stands for a session. */
public enum RegistrationStatus {
	REGISTERED("Registered"), WAITLISTED("On the waitlist"), CANCELLED("Cancelled");

	private final String label;

	RegistrationStatus(String label) {
		this.label = label;
	}

	/** The words a person reads. */
	public String label() {
		return label;
	}

	public boolean active() {
		return this != CANCELLED;
	}
}
