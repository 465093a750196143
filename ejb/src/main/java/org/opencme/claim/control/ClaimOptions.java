package org.opencme.claim.control;

import java.util.List;

/**
 * What the claim page offers: credit (one row per eligible designated type),
 * participation only (one row, hours), or nothing.
 */
public record ClaimOptions(Eligibility.Outcome outcome, List<ClaimOption> options) {

	public ClaimOptions {
		options = List.copyOf(options);
	}
}
