package org.opencme.content.pkg;

/**
 * A clinician's profession: what a learner registers as and whom an activity is
 * planned for. One list for both, so a package never targets a profession
 * nobody can register as. Credit eligibility itself belongs to the credit type
 * (AMA PRA Category 1: MD and DO only). The names are stored and exchanged
 * (database, packages, API); {@link #label()} is what people read.
 */
public enum Profession {
	MD("Physician (MD)"), DO("Physician (DO)"), NP("Nurse practitioner"), PA("Physician assistant"), RN(
			"Registered nurse"), PHARMACIST(
					"Pharmacist"), PHARMACY_TECHNICIAN("Pharmacy technician"), OTHER("Other healthcare professional");

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
