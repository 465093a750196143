package org.opencme.claim.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opencme.content.pkg.CreditDesignationSpec;
import org.opencme.credit.boundary.CreditTypeSummary;

/**
 * A credit type the learner may claim, with the most of it they may claim (the
 * version's designation, or for participation the hours the activity is
 * designated for).
 */
public record Designation(CreditTypeSummary type, BigDecimal maximum) {

	public Designation {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(maximum, "maximum");
	}

	public String code() {
		return type.code();
	}

	/**
	 * A version's designations as {@link ClaimContext} takes them: type code →
	 * maximum, in the package's order. A type designated twice (the package
	 * validator does not refuse it) keeps the smaller amount: never offer more than
	 * the provider certainly designated.
	 */
	public static Map<String, BigDecimal> byType(List<CreditDesignationSpec> designations) {
		Map<String, BigDecimal> byType = new LinkedHashMap<>();
		for (CreditDesignationSpec d : designations) {
			if (d.creditType() != null && d.amount() != null) {
				byType.merge(d.creditType(), d.amount(), BigDecimal::min);
			}
		}
		return byType;
	}
}
