package org.opencme.content.search;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Credit an activity version offers, as the catalog shows it: the credit type's
 * code (the facet and filter value), its display name and the designated
 * maximum amount.
 */
public record CreditOffer(String typeCode, String typeName, BigDecimal amount) {

	public CreditOffer {
		if (typeCode == null || typeCode.isBlank()) {
			throw new IllegalArgumentException("credit type code is required");
		}
		typeName = typeName == null ? typeCode : typeName;
		Objects.requireNonNull(amount, "amount");
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("credit amount must not be negative: " + amount);
		}
	}
}
