package org.opencme.claim.boundary;

/**
 * What a claim gives: credit of one or more types, or a certificate of
 * participation.
 */
public enum ClaimOutcome {
	CREDIT("Credit"), PARTICIPATION("Certificate of participation");

	private final String label;

	ClaimOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
