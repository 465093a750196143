package org.opencme.claim.control;

import java.math.BigDecimal;
import java.util.List;
import org.opencme.credit.boundary.CreditTypeSummary;

/**
 * The longer sentences of {@link ClaimRules}: why a type is not claimable, why
 * an amount is off-step.
 */
final class ClaimSentences {

	private ClaimSentences() {
	}

	/** "your profession (Registered nurse)", or that the profile states none. */
	static String yourProfession(ClaimContext context) {
		return context.profession() == null
				? "your profession (your profile states none)"
				: "your profession (" + context.profession().label() + ")";
	}

	/** Why {@code code} is not among the learner's claimable types. */
	static String notClaimable(ClaimContext context, Eligibility eligibility, String code) {
		String name = context.types().name(code);
		if (CreditTypes.PARTICIPATION.equals(code) && eligibility.outcome() == Eligibility.Outcome.CREDIT) {
			return "A certificate of participation is for learners who may claim none of this activity's credit types;"
					+ " you may claim " + eligibility.names() + ".";
		}
		if (!context.designations().containsKey(code)) {
			return "This activity does not offer " + name + offered(context) + ".";
		}
		var type = context.types().find(code);
		if (type.isEmpty()) {
			return code + " is not a credit type this installation awards (any more).";
		}
		String instead = eligibility.outcome() == Eligibility.Outcome.PARTICIPATION
				? " You can claim a certificate of participation (hours) instead."
				: "";
		return name + " can be claimed only by " + CreditTypes.whoIsEligible(type.get()) + " learners; "
				+ yourProfession(context) + " is not among them." + instead;
	}

	private static String offered(ClaimContext context) {
		List<String> names = context.designations().keySet().stream().map(context.types()::name).toList();
		return names.isEmpty() ? "" : "; it offers " + Sentences.and(names);
	}

	/**
	 * Why an amount is off the type's increment, and the nearest amounts allowed
	 * within {@code limit}.
	 */
	static String offStep(CreditTypeSummary type, BigDecimal amount, BigDecimal limit) {
		BigDecimal increment = type.claimIncrement();
		String sentence = type.name() + " is claimed in steps of " + Increments.show(increment) + ", and "
				+ Increments.show(amount) + " is not one";
		List<BigDecimal> nearest = Increments.nearest(amount, increment, limit);
		if (nearest.isEmpty()) {
			return sentence + "; no step fits within the " + Increments.show(limit) + " you may claim.";
		}
		return sentence + ": claim " + String.join(" or ", nearest.stream().map(Increments::show).toList()) + ".";
	}
}
