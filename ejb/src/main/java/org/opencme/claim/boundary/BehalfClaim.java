package org.opencme.claim.boundary;

/**
 * What a claim on a learner's behalf came to: the claim, or why the learner
 * must claim themselves ({@code reason}, a sentence).
 */
public record BehalfClaim(ClaimSummary claim, String reason, boolean claimedBefore) {

	public BehalfClaim(ClaimSummary claim, String reason) {
		this(claim, reason, false);
	}

	/** The learner (or an earlier issue) claimed already: nothing to do. */
	public static BehalfClaim alreadyClaimed() {
		return new BehalfClaim(null, "Claimed already.", true);
	}

	public static BehalfClaim claimed(ClaimSummary claim) {
		return new BehalfClaim(claim, null);
	}

	public static BehalfClaim mustClaim(String reason) {
		return new BehalfClaim(null, reason);
	}

	public boolean isClaimed() {
		return claim != null;
	}
}
