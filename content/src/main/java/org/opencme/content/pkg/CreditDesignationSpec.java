package org.opencme.content.pkg;

import java.math.BigDecimal;

/**
 * The maximum credit of one type the activity offers. {@code creditType} is a
 * credit-type code such as {@code AMA_PRA_1} (credit types are data, not an
 * enum); {@code note} is optional free text such as the pharmacology hours
 * within AANP contact hours.
 */
public record CreditDesignationSpec(String creditType, BigDecimal amount, String note) {
}
