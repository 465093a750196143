package org.opencme.credit.boundary;

import java.math.BigDecimal;
import java.util.Set;
import org.opencme.credit.entity.CreditType;

/**
 * A credit type as other contexts see it: reference data they may read, never
 * the managed entity. {@code eligibleProfessions} empty means every profession.
 */
public record CreditTypeSummary(String code, String name, String unitLabel, BigDecimal claimIncrement,
		Set<String> eligibleProfessions, boolean evaluationTimeCounts, String designationStatement) {

	static CreditTypeSummary of(CreditType type) {
		return new CreditTypeSummary(type.code(), type.name(), type.unitLabel(), type.claimIncrement(),
				type.eligibleProfessions(), type.evaluationTimeCounts(), type.designationStatement());
	}
}
