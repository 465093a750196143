package org.opencme.claim.boundary;

import java.math.BigDecimal;

/**
 * One line of a claim as the learner entered it: a credit type's code and the
 * amount commensurate with their participation ({@code null} when left empty).
 */
public record RequestedCredit(String creditType, BigDecimal amount) {
}
