package org.opencme.claim.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencme.claim.boundary.RequestedCredit;
import org.opencme.credit.boundary.CreditTypeSummary;

/**
 * Whether a learner's claim is accepted: the accreditors' claim rules
 * (PRODUCT.md) in one place. A claim is all or nothing and every refusal is
 * reported at once, each naming its field ({@link ClaimFields}) with a sentence
 * a person understands.
 *
 * <p>
 * The claim as a whole is refused before completion (listing what is missing),
 * after the version's expiry date (the expiry date itself still counts), when
 * there is nothing to claim, or when it has no line. A line is refused for a
 * type this version does not designate, a type the learner's profession may not
 * claim (naming who may), a type already claimed for this enrolment, a type
 * twice in one claim; its amount when missing, zero or negative, above the
 * designation, above what the recorded time allows ({@link TimeCommensurate}),
 * or off the type's increment (naming the nearest allowed amounts).
 */
public final class ClaimRules {

	private ClaimRules() {
	}

	/**
	 * The claim page's rows: what the learner may claim, how much and in which
	 * steps.
	 */
	public static ClaimOptions options(ClaimContext context) {
		Eligibility eligibility = eligibility(context);
		List<ClaimOption> options = eligibility.claimable().stream().map(d -> new ClaimOption(d.type(), d.maximum(),
				limit(d, context.enrollment()), context.claimedTypes().contains(d.code()))).toList();
		return new ClaimOptions(eligibility.outcome(), options);
	}

	/** Accepts every line of {@code lines} or names every refusal. */
	public static ClaimDecision decide(ClaimContext context, List<RequestedCredit> lines) {
		Eligibility eligibility = eligibility(context);
		List<FieldProblem> problems = new ArrayList<>(wholeClaim(context, eligibility, lines));
		List<AcceptedCredit> accepted = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (RequestedCredit line : lines) {
			lineProblem(context, eligibility, line, seen).ifPresentOrElse(problems::add,
					() -> accepted.add(accept(eligibility, line)));
		}
		return new ClaimDecision(accepted, dropRepeats(problems));
	}

	private static Eligibility eligibility(ClaimContext context) {
		return Eligibility.of(context.profession(), context.designations(), context.types());
	}

	private static List<FieldProblem> wholeClaim(ClaimContext context, Eligibility eligibility,
			List<RequestedCredit> lines) {
		List<FieldProblem> problems = new ArrayList<>();
		EnrollmentFacts facts = context.enrollment();
		if (!facts.completed()) {
			String missing = facts.missing().isEmpty() ? "" : " Still to do: " + Sentences.and(facts.missing()) + ".";
			problems.add(new FieldProblem(ClaimFields.CLAIMS,
					"You can claim credit once you have completed the activity." + missing));
		}
		if (facts.expiryDate() != null && context.today().isAfter(facts.expiryDate())) {
			problems.add(new FieldProblem(ClaimFields.CLAIMS, "This activity expired on " + facts.expiryDate()
					+ "; no credit can be claimed after its expiry date."));
		}
		if (eligibility.outcome() == Eligibility.Outcome.NONE) {
			problems.add(new FieldProblem(ClaimFields.CLAIMS, nothingToClaim(context)));
		} else if (lines.isEmpty()) {
			problems.add(new FieldProblem(ClaimFields.CLAIMS, "Choose at least one credit type and enter an amount."));
		}
		return problems;
	}

	private static String nothingToClaim(ClaimContext context) {
		if (context.designations().isEmpty()) {
			return "This activity offers no credit, so there is nothing to claim.";
		}
		return "None of this activity's credit types is open to " + ClaimSentences.yourProfession(context)
				+ ", and this installation issues no certificate of participation.";
	}

	/**
	 * What is wrong with {@code amount} of one type, if anything: the sentence a
	 * claim of it alone would be refused with (the claim page's check while
	 * typing). Nothing when no amount is typed yet.
	 */
	public static Optional<String> amountProblem(ClaimContext context, String code, BigDecimal amount) {
		if (amount == null) {
			return Optional.empty();
		}
		Eligibility eligibility = eligibility(context);
		return typeProblem(context, eligibility, code)
				.or(() -> amount(context, eligibility.find(code).orElseThrow(), amount)).map(FieldProblem::sentence);
	}

	/**
	 * What is wrong with one line, if anything; {@code seen} collects the types met
	 * so far.
	 */
	private static Optional<FieldProblem> lineProblem(ClaimContext context, Eligibility eligibility,
			RequestedCredit line, Set<String> seen) {
		String code = line.creditType();
		if (code == null || code.isBlank()) {
			return Optional.of(new FieldProblem(ClaimFields.CLAIMS, "Each claim line names a credit type."));
		}
		if (!seen.add(code)) {
			return Optional.of(new FieldProblem(ClaimFields.creditType(code),
					context.types().name(code) + " appears more than once in this claim: enter it once."));
		}
		return typeProblem(context, eligibility, code)
				.or(() -> amount(context, eligibility.find(code).orElseThrow(), line.amount()));
	}

	/** Why the learner may not claim {@code code} at all, if they may not. */
	private static Optional<FieldProblem> typeProblem(ClaimContext context, Eligibility eligibility, String code) {
		String field = ClaimFields.creditType(code);
		if (eligibility.find(code).isEmpty()) {
			return Optional.of(new FieldProblem(field, ClaimSentences.notClaimable(context, eligibility, code)));
		}
		if (context.claimedTypes().contains(code)) {
			return Optional.of(new FieldProblem(field, "You have already claimed " + context.types().name(code)
					+ " for this activity; each credit type is claimed once. An administrator can correct an award."));
		}
		return Optional.empty();
	}

	/** What is wrong with the amount claimed of a claimable type, if anything. */
	private static Optional<FieldProblem> amount(ClaimContext context, Designation designation, BigDecimal amount) {
		CreditTypeSummary type = designation.type();
		String field = ClaimFields.amount(type.code());
		EnrollmentFacts facts = context.enrollment();
		if (amount == null) {
			return Optional.of(new FieldProblem(field,
					"Enter how many " + type.unitLabel() + " of " + type.name() + " you claim."));
		}
		if (amount.signum() <= 0) {
			return Optional.of(new FieldProblem(field,
					"Enter an amount of more than 0; " + Increments.show(amount) + " cannot be claimed."));
		}
		if (amount.compareTo(designation.maximum()) > 0) {
			return Optional.of(new FieldProblem(field,
					"This activity offers at most " + Increments.show(designation.maximum()) + " " + type.unitLabel()
							+ " of " + type.name() + "; " + Increments.show(amount) + " is more."));
		}
		if (!TimeCommensurate.allows(type, facts, amount)) {
			return Optional.of(new FieldProblem(field, TimeCommensurate.tooMuch(type, facts, amount)));
		}
		if (!Increments.isStep(amount, type.claimIncrement())) {
			return Optional
					.of(new FieldProblem(field, ClaimSentences.offStep(type, amount, limit(designation, facts))));
		}
		return Optional.empty();
	}

	/**
	 * The most the learner may claim of a type: the maximum and the time, in the
	 * type's steps.
	 */
	static BigDecimal limit(Designation designation, EnrollmentFacts facts) {
		BigDecimal increment = designation.type().claimIncrement();
		BigDecimal limit = Increments.floor(designation.maximum(), increment);
		return TimeCommensurate.largest(designation.type(), facts).map(limit::min).orElse(limit);
	}

	private static AcceptedCredit accept(Eligibility eligibility, RequestedCredit line) {
		CreditTypeSummary type = eligibility.find(line.creditType()).orElseThrow().type();
		return new AcceptedCredit(type, Increments.scaled(line.amount(), type.claimIncrement()));
	}

	/** One sentence per problem: two lines without a type say so once. */
	private static List<FieldProblem> dropRepeats(List<FieldProblem> problems) {
		return problems.stream().distinct().toList();
	}
}
