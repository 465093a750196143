package org.opencme.claim.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Claim increments (AMA: 0.25, ANCC: 0.01), exactly, in {@link BigDecimal}: an
 * amount is allowed only when it is a whole number of increments. No double is
 * involved anywhere, so 0.1 + 0.2 problems cannot arise.
 */
public final class Increments {

	private Increments() {
	}

	/** Whether {@code amount} is a whole number of {@code increment}s. */
	public static boolean isStep(BigDecimal amount, BigDecimal increment) {
		return amount.remainder(positive(increment)).signum() == 0;
	}

	/** The largest whole number of increments not above {@code value}. */
	public static BigDecimal floor(BigDecimal value, BigDecimal increment) {
		BigDecimal steps = value.divide(positive(increment), 0, RoundingMode.FLOOR);
		return scaled(steps.multiply(increment), increment);
	}

	/**
	 * The allowed amounts next to an off-step {@code amount}: the step below (when
	 * above zero) and the step above (when not above {@code limit}).
	 */
	public static List<BigDecimal> nearest(BigDecimal amount, BigDecimal increment, BigDecimal limit) {
		BigDecimal below = floor(amount, increment);
		BigDecimal above = scaled(below.add(increment), increment);
		List<BigDecimal> nearest = new ArrayList<>(2);
		if (below.signum() > 0 && below.compareTo(limit) <= 0) {
			nearest.add(below);
		}
		if (above.compareTo(limit) <= 0) {
			nearest.add(above);
		}
		return nearest;
	}

	/**
	 * {@code amount} (a whole number of increments) at the scale the ledger stores:
	 * two decimals, or the increment's own scale if it has more.
	 */
	public static BigDecimal scaled(BigDecimal amount, BigDecimal increment) {
		return amount.setScale(Math.max(2, increment.scale()), RoundingMode.UNNECESSARY);
	}

	/** An amount as people read it: {@code 1.5}, {@code 1.25}, {@code 2}. */
	public static String show(BigDecimal amount) {
		return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
	}

	private static BigDecimal positive(BigDecimal increment) {
		if (increment == null || increment.signum() <= 0) {
			throw new IllegalArgumentException("a claim increment is more than 0: " + increment);
		}
		return increment;
	}
}
