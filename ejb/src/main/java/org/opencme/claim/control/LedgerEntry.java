package org.opencme.claim.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the append-only award ledger, as the rules see a
 * {@code CreditAward} row. An award has a positive amount; a reversal has the
 * negative amount of the award it cancels, names it in {@code reverses} and
 * carries the administrator's reason. Entries are never changed: a correction
 * is a reversal plus a new award ({@link CreditLedger#correction}).
 *
 * @param id
 *            the entry's id; {@code null} before it is stored
 * @param claimId
 *            the claim event the entry belongs to (one certificate per claim)
 * @param earnedOn
 *            the provider's date the credit was earned (a reversal keeps the
 *            date of the award it cancels, so balances per period stay right)
 * @param recordedBy
 *            the account that recorded it: the learner for a claim, the
 *            administrator for a correction
 * @param reverses
 *            the id of the award a reversal cancels; {@code null} for an award
 * @param reason
 *            why: required for a reversal, optional for an award
 */
public record LedgerEntry(Long id, long learnerId, long enrollmentId, long claimId, long activityId, int versionNo,
		String creditType, BigDecimal amount, LocalDate earnedOn, long recordedBy, Instant recordedAt, Long reverses,
		String reason) {

	public LedgerEntry {
		Objects.requireNonNull(creditType, "creditType");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(earnedOn, "earnedOn");
		Objects.requireNonNull(recordedAt, "recordedAt");
		if (amount.signum() == 0) {
			throw new IllegalArgumentException("a ledger entry moves credit: its amount is never 0");
		}
		if (amount.signum() < 0 != (reverses != null)) {
			throw new IllegalArgumentException(
					"a negative amount is a reversal, and a reversal names the award it reverses");
		}
		if (reverses != null && (reason == null || reason.isBlank())) {
			throw new IllegalArgumentException("a reversal says why");
		}
	}

	/** A learner's award from an accepted claim line. */
	public static LedgerEntry award(long learnerId, long enrollmentId, long claimId, long activityId, int versionNo,
			AcceptedCredit credit, LocalDate earnedOn, long recordedBy, Instant recordedAt) {
		return new LedgerEntry(null, learnerId, enrollmentId, claimId, activityId, versionNo, credit.code(),
				credit.amount(), earnedOn, recordedBy, recordedAt, null, null);
	}

	public boolean isReversal() {
		return reverses != null;
	}
}
