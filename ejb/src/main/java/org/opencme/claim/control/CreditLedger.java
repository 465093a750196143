package org.opencme.claim.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.opencme.platform.boundary.InvalidInputException;

/**
 * The award ledger's arithmetic. The ledger is append-only: a balance is the
 * sum of the entries, a reversal cancels exactly one award, and a correction is
 * a reversal plus a new award, so every amount ever printed on a certificate
 * can be traced. Callers pass the entries of one learner (a transcript) or of
 * one enrolment, in the order they were recorded.
 */
public final class CreditLedger {

	private CreditLedger() {
	}

	/**
	 * Type code → sum of the entries, sorted by code; a fully reversed type shows
	 * 0.00.
	 */
	public static Map<String, BigDecimal> balances(Collection<LedgerEntry> entries) {
		return entries.stream().collect(Collectors.groupingBy(LedgerEntry::creditType, TreeMap::new,
				Collectors.reducing(BigDecimal.ZERO.setScale(2), LedgerEntry::amount, BigDecimal::add)));
	}

	/**
	 * The balances of the credit earned from {@code from} to {@code to} (both
	 * included, the provider's dates): what counts toward a licence cycle.
	 */
	public static Map<String, BigDecimal> balances(Collection<LedgerEntry> entries, LocalDate from, LocalDate to) {
		return balances(
				entries.stream().filter(e -> !e.earnedOn().isBefore(from) && !e.earnedOn().isAfter(to)).toList());
	}

	/** The sum of the entries of one type; 0.00 when there are none. */
	public static BigDecimal balance(Collection<LedgerEntry> entries, String creditType) {
		return balances(entries).getOrDefault(creditType, BigDecimal.ZERO.setScale(2));
	}

	/**
	 * The awards of claim {@code claimId} that no reversal cancels: what its
	 * certificate shows.
	 */
	public static List<LedgerEntry> currentAwards(Collection<LedgerEntry> entries, long claimId) {
		Set<Long> reversed = reversedIds(entries);
		return entries.stream().filter(e -> e.claimId() == claimId && !e.isReversal())
				.filter(e -> e.id() == null || !reversed.contains(e.id())).toList();
	}

	/**
	 * The types ever awarded for enrolment {@code enrollmentId}, reversed or not:
	 * the {@link ClaimContext#claimedTypes()} of its next claim. A reversal does
	 * not reopen a claim; an administrator corrects it.
	 */
	public static Set<String> claimedTypes(Collection<LedgerEntry> entries, long enrollmentId) {
		return entries.stream().filter(e -> e.enrollmentId() == enrollmentId && !e.isReversal())
				.map(LedgerEntry::creditType).collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * Why {@code reversal} may not be appended to {@code entries}; empty when it
	 * may. It must reverse exactly one existing award that no other entry reversed
	 * yet, by its opposite amount, for the same learner, enrolment, claim, version,
	 * type and earned date.
	 */
	public static List<FieldProblem> reversalProblems(Collection<LedgerEntry> entries, LedgerEntry reversal) {
		if (!reversal.isReversal()) {
			return List.of(new FieldProblem("reverses", "A reversal names the award it reverses."));
		}
		List<LedgerEntry> targets = entries.stream().filter(e -> reversal.reverses().equals(e.id())).toList();
		if (targets.size() != 1) {
			return List.of(new FieldProblem("reverses", "There is no award " + reversal.reverses() + " to reverse."));
		}
		LedgerEntry award = targets.get(0);
		if (award.isReversal()) {
			return List.of(new FieldProblem("reverses",
					"Entry " + award.id() + " is itself a reversal; correct the award with a new entry instead."));
		}
		if (reversedIds(entries).contains(award.id())) {
			return List.of(new FieldProblem("reverses", "Award " + award.id() + " is already reversed."));
		}
		return sameAward(award, reversal);
	}

	/** Refuses {@code reversal} with every reason of {@link #reversalProblems}. */
	public static void requireReversible(Collection<LedgerEntry> entries, LedgerEntry reversal) {
		List<FieldProblem> problems = reversalProblems(entries, reversal);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.get(0).sentence(), FieldProblem.asMap(problems));
		}
	}

	/**
	 * The entry that cancels {@code award}, recorded by an administrator with a
	 * reason.
	 */
	public static LedgerEntry reversalOf(LedgerEntry award, String reason, long administratorId, Instant at) {
		Objects.requireNonNull(award.id(), "only a stored award can be reversed");
		return new LedgerEntry(null, award.learnerId(), award.enrollmentId(), award.claimId(), award.activityId(),
				award.versionNo(), award.creditType(), award.amount().negate(), award.earnedOn(), administratorId, at,
				award.id(), reason);
	}

	/**
	 * A correction of {@code award} to {@code newAmount}: its reversal, then a new
	 * award of the same claim, type and earned date ({@code newAmount} 0 withdraws
	 * the award: the reversal alone). The caller checks the new amount against the
	 * claim rules (designation, increment) as it sees fit.
	 */
	public static List<LedgerEntry> correction(LedgerEntry award, BigDecimal newAmount, String reason,
			long administratorId, Instant at) {
		if (newAmount.signum() < 0) {
			throw new IllegalArgumentException("a corrected award is 0 or more: " + newAmount);
		}
		List<LedgerEntry> entries = new ArrayList<>(2);
		entries.add(reversalOf(award, reason, administratorId, at));
		if (newAmount.signum() > 0) {
			entries.add(new LedgerEntry(null, award.learnerId(), award.enrollmentId(), award.claimId(),
					award.activityId(), award.versionNo(), award.creditType(), newAmount, award.earnedOn(),
					administratorId, at, null, reason));
		}
		return entries;
	}

	private static Set<Long> reversedIds(Collection<LedgerEntry> entries) {
		return entries.stream().filter(LedgerEntry::isReversal).map(LedgerEntry::reverses).collect(Collectors.toSet());
	}

	private static List<FieldProblem> sameAward(LedgerEntry award, LedgerEntry reversal) {
		List<FieldProblem> problems = new ArrayList<>();
		if (reversal.amount().compareTo(award.amount().negate()) != 0) {
			problems.add(new FieldProblem("amount", "A reversal of award " + award.id() + " is "
					+ award.amount().negate().toPlainString() + ", not " + reversal.amount().toPlainString() + "."));
		}
		if (!reversal.creditType().equals(award.creditType())) {
			problems.add(new FieldProblem("creditType", "Award " + award.id() + " is " + award.creditType()
					+ "; its reversal cannot be " + reversal.creditType() + "."));
		}
		if (!reversal.earnedOn().equals(award.earnedOn())) {
			problems.add(new FieldProblem("earnedOn",
					"A reversal keeps the earned date of award " + award.id() + " (" + award.earnedOn() + ")."));
		}
		if (reversal.learnerId() != award.learnerId() || reversal.enrollmentId() != award.enrollmentId()
				|| reversal.claimId() != award.claimId() || reversal.activityId() != award.activityId()
				|| reversal.versionNo() != award.versionNo()) {
			problems.add(new FieldProblem("reverses", "A reversal belongs to the learner, enrolment, claim and"
					+ " activity version of award " + award.id() + "."));
		}
		return problems;
	}
}
