package org.opencme.claim.control;

import java.math.BigDecimal;
import org.opencme.credit.boundary.CreditTypeSummary;

/**
 * One row of the claim page: a type the learner may claim, its designated
 * {@code maximum}, the {@code limit} this learner may claim now (the maximum
 * and the recorded time, in the type's increments), the increment to show, and
 * whether it is already claimed.
 */
public record ClaimOption(CreditTypeSummary type, BigDecimal maximum, BigDecimal limit, boolean claimed) {

	public String code() {
		return type.code();
	}

	public BigDecimal increment() {
		return type.claimIncrement();
	}
}
