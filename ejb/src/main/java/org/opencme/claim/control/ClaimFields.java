package org.opencme.claim.control;

/**
 * The field names of a claim's refusals. A claim line is named by its credit
 * type's code, not its position, so a name stays right however the page or the
 * client orders the lines: {@code claims[AMA_PRA_1].amount} (the amount is
 * wrong), {@code claims[AMA_PRA_1].creditType} (the type may not be claimed),
 * and {@code claims} for the claim as a whole (not complete, expired, empty, a
 * line without a type).
 */
public final class ClaimFields {

	public static final String CLAIMS = "claims";

	private ClaimFields() {
	}

	public static String amount(String creditType) {
		return CLAIMS + "[" + creditType + "].amount";
	}

	public static String creditType(String creditType) {
		return CLAIMS + "[" + creditType + "].creditType";
	}
}
