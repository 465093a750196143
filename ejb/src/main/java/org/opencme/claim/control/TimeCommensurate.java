package org.opencme.claim.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.opencme.credit.boundary.CreditTypeSummary;

/**
 * Credit commensurate with the time spent: one unit of every credit type is 60
 * minutes. Every type this installation seeds is hour-based (AMA and AAFP
 * credits, ANCC, AANP and ACPE contact hours, AAPA credits, ABIM MOC points and
 * IPCE credits as awarded for CME time, participation hours), so the limit
 * applies to all types; a type counted otherwise would need a minutes-per-unit
 * column on {@code credit_type}. For a type where evaluation time does not
 * count (AANP) the evaluation's estimated minutes are left out of the recorded
 * time. With no recorded time ({@link EnrollmentFacts#recordedMinutes()}
 * {@code null}) there is no time limit.
 */
public final class TimeCommensurate {

	public static final int MINUTES_PER_UNIT = 60;
	private static final BigDecimal PER_UNIT = BigDecimal.valueOf(MINUTES_PER_UNIT);

	private TimeCommensurate() {
	}

	/** The minutes that count for {@code type}, if time is recorded. */
	public static Optional<Integer> countableMinutes(CreditTypeSummary type, EnrollmentFacts facts) {
		if (facts.recordedMinutes() == null) {
			return Optional.empty();
		}
		int left = type.evaluationTimeCounts() ? 0 : facts.evaluationMinutes();
		return Optional.of(Math.max(0, facts.recordedMinutes() - left));
	}

	/**
	 * Whether the countable minutes cover {@code amount} units (exactly: amount ×
	 * 60 ≤ minutes).
	 */
	public static boolean allows(CreditTypeSummary type, EnrollmentFacts facts, BigDecimal amount) {
		return countableMinutes(type, facts).map(m -> amount.multiply(PER_UNIT).compareTo(BigDecimal.valueOf(m)) <= 0)
				.orElse(true);
	}

	/**
	 * The largest amount in the type's increments the time allows, if time is
	 * recorded.
	 */
	public static Optional<BigDecimal> largest(CreditTypeSummary type, EnrollmentFacts facts) {
		BigDecimal increment = type.claimIncrement();
		return countableMinutes(type, facts).map(m -> Increments.scaled(
				BigDecimal.valueOf(m).divide(increment.multiply(PER_UNIT), 0, RoundingMode.FLOOR).multiply(increment),
				increment));
	}

	/** Why {@code amount} is more than the time allows, naming the minutes. */
	static String tooMuch(CreditTypeSummary type, EnrollmentFacts facts, BigDecimal amount) {
		int recorded = facts.recordedMinutes();
		int countable = countableMinutes(type, facts).orElseThrow();
		String allow = "allow at most " + Increments.show(largest(type, facts).orElseThrow()) + " " + type.unitLabel()
				+ " of " + type.name() + " (one per " + MINUTES_PER_UNIT + " minutes, in steps of "
				+ Increments.show(type.claimIncrement()) + "); " + Increments.show(amount) + " is more.";
		if (countable == recorded) {
			return "You recorded " + recorded + " minutes, which " + allow;
		}
		return "You recorded " + recorded + " minutes; the evaluation's " + facts.evaluationMinutes()
				+ " minutes do not count for " + type.name() + ", so " + countable + " minutes " + allow;
	}
}
