package org.opencme.identity.entity;

/**
 * A learner's profession; credit types are eligible by profession (AMA PRA
 * Category 1: MD and DO only).
 */
public enum Profession {
	MD("Physician (MD)"), DO("Physician (DO)"), NP("Nurse practitioner"), PA("Physician assistant"), RN(
			"Registered nurse"), PHARMACIST("Pharmacist"), OTHER("Other healthcare professional");

	private final String label;

	Profession(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isPhysician() {
		return this == MD || this == DO;
	}
}
