package org.opencme.claim.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.opencme.claim.control.ClaimOption;
import org.opencme.claim.control.Increments;

/**
 * The claim page's live check of one amount against its row: more than 0, not
 * above the designated maximum nor the learner's limit, a whole number of the
 * type's steps. Only a hint while typing: the claim itself is decided by the
 * service on submit, with the same rules.
 */
final class AmountCheck {

	private AmountCheck() {
	}

	/** What is wrong with {@code amount} for {@code option}, if anything. */
	static Optional<String> problem(ClaimOption option, BigDecimal amount) {
		if (amount == null) {
			return Optional.empty();
		}
		String unit = option.type().unitLabel();
		String name = option.type().name();
		if (amount.signum() <= 0) {
			return Optional.of("Enter an amount of more than 0.");
		}
		if (amount.compareTo(option.maximum()) > 0) {
			return Optional.of("This activity offers at most " + Increments.show(option.maximum()) + " " + unit + " of "
					+ name + "; " + Increments.show(amount) + " is more.");
		}
		if (amount.compareTo(option.limit()) > 0) {
			return Optional.of("You may claim at most " + Increments.show(option.limit()) + " " + unit
					+ " for the time you recorded; " + Increments.show(amount) + " is more.");
		}
		BigDecimal step = option.increment();
		if (!Increments.isStep(amount, step)) {
			List<BigDecimal> nearest = Increments.nearest(amount, step, option.limit());
			String sentence = name + " is claimed in steps of " + Increments.show(step) + ", and "
					+ Increments.show(amount) + " is not one";
			return Optional.of(nearest.isEmpty()
					? sentence + "."
					: sentence + ": claim " + String.join(" or ", nearest.stream().map(Increments::show).toList())
							+ ".");
		}
		return Optional.empty();
	}
}
