package org.opencme.claim.control;

import java.math.BigDecimal;
import org.opencme.credit.boundary.CreditTypeSummary;

/**
 * A claim line that passed every rule: the type and the amount to award, at the
 * ledger's scale (two decimals).
 */
public record AcceptedCredit(CreditTypeSummary type, BigDecimal amount) {

	public String code() {
		return type.code();
	}
}
