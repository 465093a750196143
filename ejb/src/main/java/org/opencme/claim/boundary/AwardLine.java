package org.opencme.claim.boundary;

import java.math.BigDecimal;
import org.opencme.credit.boundary.CreditTypeSummary;

/** One line of a claim: the credit type and the amount awarded. */
public record AwardLine(CreditTypeSummary type, BigDecimal amount) {
}
