package org.opencme.content.pkg;

/**
 * The professions an activity is planned for; credit eligibility itself belongs
 * to the credit type.
 */
public enum Profession {
	MD, DO, NP, PA, RN, PHARMACIST, PHARMACY_TECHNICIAN, OTHER
}
