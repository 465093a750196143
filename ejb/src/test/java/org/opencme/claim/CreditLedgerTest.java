package org.opencme.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.claim.CreditFixtures.d;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.claim.control.AcceptedCredit;
import org.opencme.claim.control.CreditLedger;
import org.opencme.claim.control.FieldProblem;
import org.opencme.claim.control.LedgerEntry;
import org.opencme.platform.boundary.InvalidInputException;

class CreditLedgerTest {

	private static final long LEARNER = 7;
	private static final long ADMIN = 1;
	private static final LocalDate EARNED = LocalDate.of(2026, 5, 4);
	private static final Instant AT = Instant.parse("2026-05-04T15:00:00Z");
	private static final Instant LATER = Instant.parse("2026-06-01T09:00:00Z");

	/**
	 * An award of enrolment {@code enrollment}, claim {@code claim}, stored as
	 * entry {@code id}.
	 */
	private static LedgerEntry award(long id, long enrollment, long claim, String type, String amount) {
		return new LedgerEntry(id, LEARNER, enrollment, claim, 100 + enrollment, 1, type, d(amount), EARNED, LEARNER,
				AT, null, null);
	}

	private static LedgerEntry stored(long id, LedgerEntry unsaved) {
		return new LedgerEntry(id, unsaved.learnerId(), unsaved.enrollmentId(), unsaved.claimId(), unsaved.activityId(),
				unsaved.versionNo(), unsaved.creditType(), unsaved.amount(), unsaved.earnedOn(), unsaved.recordedBy(),
				unsaved.recordedAt(), unsaved.reverses(), unsaved.reason());
	}

	private static LedgerEntry reversal(LedgerEntry of, String amount) {
		return new LedgerEntry(null, of.learnerId(), of.enrollmentId(), of.claimId(), of.activityId(), of.versionNo(),
				of.creditType(), d(amount), of.earnedOn(), ADMIN, LATER, of.id(), "wrong amount");
	}

	@Test
	void theBalanceIsTheSumPerType() {
		List<LedgerEntry> entries = List.of(award(1, 10, 20, "AMA_PRA_1", "1.25"), award(2, 10, 20, "ABIM_MOC", "1"),
				award(3, 11, 21, "AMA_PRA_1", "0.75"));
		assertEquals(Map.of("ABIM_MOC", d("1.00"), "AMA_PRA_1", d("2.00")), CreditLedger.balances(entries));
		assertEquals(List.of("ABIM_MOC", "AMA_PRA_1"), List.copyOf(CreditLedger.balances(entries).keySet()));
		assertEquals(d("2.00"), CreditLedger.balance(entries, "AMA_PRA_1"));
		assertEquals(d("0.00"), CreditLedger.balance(entries, "ANCC"));
		assertTrue(CreditLedger.balances(List.of()).isEmpty());
	}

	@Test
	void aCorrectionReversesTheAwardAndAddsTheNewAmount() {
		LedgerEntry wrong = award(1, 10, 20, "AMA_PRA_1", "1.5");
		List<LedgerEntry> correction = CreditLedger.correction(wrong, d("1.25"), "attested 75 minutes", ADMIN, LATER);
		assertEquals(2, correction.size());
		LedgerEntry reversal = correction.get(0);
		assertEquals(d("-1.5"), reversal.amount());
		assertEquals(1L, reversal.reverses());
		assertEquals(ADMIN, reversal.recordedBy());
		assertEquals(LATER, reversal.recordedAt());
		assertEquals(EARNED, reversal.earnedOn(), "the reversal keeps the earned date");
		assertEquals("attested 75 minutes", reversal.reason());
		LedgerEntry replacement = correction.get(1);
		assertEquals(d("1.25"), replacement.amount());
		assertEquals(20, replacement.claimId());
		assertEquals(null, replacement.reverses());

		List<LedgerEntry> ledger = List.of(wrong, stored(2, reversal), stored(3, replacement));
		assertEquals(d("1.25"), CreditLedger.balance(ledger, "AMA_PRA_1"));
		assertEquals(List.of(stored(3, replacement)), CreditLedger.currentAwards(ledger, 20));
	}

	@Test
	void aWithdrawnAwardLeavesAZeroBalanceAndNoCurrentAward() {
		LedgerEntry wrong = award(1, 10, 20, "AMA_PRA_1", "1.5");
		List<LedgerEntry> withdrawal = CreditLedger.correction(wrong, BigDecimal.ZERO, "not a physician", ADMIN, LATER);
		assertEquals(1, withdrawal.size());
		List<LedgerEntry> ledger = List.of(wrong, stored(2, withdrawal.get(0)));
		assertEquals(Map.of("AMA_PRA_1", d("0.00")), CreditLedger.balances(ledger));
		assertTrue(CreditLedger.currentAwards(ledger, 20).isEmpty());
		assertEquals(Set.of("AMA_PRA_1"), CreditLedger.claimedTypes(ledger, 10), "a reversal does not reopen a claim");
		assertThrows(IllegalArgumentException.class, () -> CreditLedger.correction(wrong, d("-1"), "no", ADMIN, LATER));
	}

	@Test
	void currentAwardsAreThoseOfTheClaimThatNoReversalCancels() {
		LedgerEntry ama = award(1, 10, 20, "AMA_PRA_1", "1.5");
		LedgerEntry moc = award(2, 10, 20, "ABIM_MOC", "1.5");
		LedgerEntry laterClaim = award(3, 10, 21, "IPCE", "1.5");
		List<LedgerEntry> ledger = List.of(ama, moc, laterClaim, stored(4, reversal(moc, "-1.5")));
		assertEquals(List.of(ama), CreditLedger.currentAwards(ledger, 20));
		assertEquals(List.of(laterClaim), CreditLedger.currentAwards(ledger, 21));
		assertEquals(Set.of("AMA_PRA_1", "ABIM_MOC", "IPCE"), CreditLedger.claimedTypes(ledger, 10));
		assertEquals(Set.of(), CreditLedger.claimedTypes(ledger, 99));
	}

	@Test
	void balancesOfAPeriodCountTheEarnedDatesWithin() {
		LedgerEntry may = award(1, 10, 20, "AMA_PRA_1", "1");
		LedgerEntry june = new LedgerEntry(2L, LEARNER, 11, 21, 111, 1, "AMA_PRA_1", d("2"), LocalDate.of(2026, 6, 1),
				LEARNER, LATER, null, null);
		List<LedgerEntry> ledger = List.of(may, june);
		assertEquals(Map.of("AMA_PRA_1", d("3.00")), CreditLedger.balances(ledger, EARNED, LocalDate.of(2026, 6, 1)),
				"both ends included");
		assertEquals(Map.of("AMA_PRA_1", d("2.00")),
				CreditLedger.balances(ledger, EARNED.plusDays(1), LocalDate.of(2026, 12, 31)));
	}

	@Test
	void anAwardComesFromAnAcceptedClaimLine() {
		LedgerEntry e = LedgerEntry.award(LEARNER, 10, 20, 110, 2, new AcceptedCredit(CreditFixtures.AMA, d("1.25")),
				EARNED, LEARNER, AT);
		assertEquals("AMA_PRA_1", e.creditType());
		assertEquals(d("1.25"), e.amount());
		assertEquals(null, e.id());
		assertEquals(2, e.versionNo());
	}

	@Test
	void anEntryIsAnAwardOrAReversalWithAReason() {
		assertThrows(IllegalArgumentException.class,
				() -> new LedgerEntry(null, 1, 1, 1, 1, 1, "AMA_PRA_1", d("0"), EARNED, 1, AT, null, null), "zero");
		assertThrows(IllegalArgumentException.class,
				() -> new LedgerEntry(null, 1, 1, 1, 1, 1, "AMA_PRA_1", d("-1"), EARNED, 1, AT, null, "why"),
				"negative without the reversed entry");
		assertThrows(IllegalArgumentException.class,
				() -> new LedgerEntry(null, 1, 1, 1, 1, 1, "AMA_PRA_1", d("1"), EARNED, 1, AT, 5L, "why"),
				"positive reversal");
		assertThrows(IllegalArgumentException.class,
				() -> new LedgerEntry(null, 1, 1, 1, 1, 1, "AMA_PRA_1", d("-1"), EARNED, 1, AT, 5L, " "),
				"reversal without a reason");
		assertThrows(NullPointerException.class,
				() -> new LedgerEntry(null, 1, 1, 1, 1, 1, "AMA_PRA_1", null, EARNED, 1, AT, null, null));
	}

	@Test
	void aReversalOfAnExistingAwardByItsOppositeAmountIsValid() {
		LedgerEntry award = award(1, 10, 20, "AMA_PRA_1", "1.5");
		LedgerEntry reversal = CreditLedger.reversalOf(award, "duplicate", ADMIN, LATER);
		assertTrue(CreditLedger.reversalProblems(List.of(award), reversal).isEmpty());
		CreditLedger.requireReversible(List.of(award), reversal);
		assertTrue(CreditLedger.reversalProblems(List.of(award), reversal(award, "-1.50")).isEmpty(),
				"1.50 and 1.5 are the same amount");
	}

	@Test
	void aReversalNamesAnExistingAward() {
		LedgerEntry award = award(1, 10, 20, "AMA_PRA_1", "1.5");
		LedgerEntry ofNothing = reversal(award(9, 10, 20, "AMA_PRA_1", "1.5"), "-1.5");
		assertEquals(List.of(new FieldProblem("reverses", "There is no award 9 to reverse.")),
				CreditLedger.reversalProblems(List.of(award), ofNothing));
		assertEquals(List.of(new FieldProblem("reverses", "A reversal names the award it reverses.")),
				CreditLedger.reversalProblems(List.of(award), award(2, 10, 20, "AMA_PRA_1", "1")));
	}

	@Test
	void anAwardIsReversedOnceAndAReversalNever() {
		LedgerEntry award = award(1, 10, 20, "AMA_PRA_1", "1.5");
		LedgerEntry first = stored(2, reversal(award, "-1.5"));
		List<LedgerEntry> ledger = List.of(award, first);
		assertEquals(List.of(new FieldProblem("reverses", "Award 1 is already reversed.")),
				CreditLedger.reversalProblems(ledger, reversal(award, "-1.5")));
		LedgerEntry ofReversal = new LedgerEntry(null, LEARNER, 10, 20, 110, 1, "AMA_PRA_1", d("-1.5"), EARNED, ADMIN,
				LATER, 2L, "undo");
		assertEquals("Entry 2 is itself a reversal; correct the award with a new entry instead.",
				CreditLedger.reversalProblems(ledger, ofReversal).get(0).sentence());
	}

	@Test
	void aReversalMatchesItsAwardInAmountTypeDateAndOwner() {
		LedgerEntry award = award(1, 10, 20, "AMA_PRA_1", "1.5");
		assertEquals(List.of(new FieldProblem("amount", "A reversal of award 1 is -1.5, not -1.25.")),
				CreditLedger.reversalProblems(List.of(award), reversal(award, "-1.25")));
		LedgerEntry otherType = new LedgerEntry(null, LEARNER, 10, 20, 110, 1, "ABIM_MOC", d("-1.5"), EARNED, ADMIN,
				LATER, 1L, "x");
		LedgerEntry otherDate = new LedgerEntry(null, LEARNER, 10, 20, 110, 1, "AMA_PRA_1", d("-1.5"),
				EARNED.plusDays(30), ADMIN, LATER, 1L, "x");
		LedgerEntry otherLearner = new LedgerEntry(null, 8, 10, 20, 110, 1, "AMA_PRA_1", d("-1.5"), EARNED, ADMIN,
				LATER, 1L, "x");
		assertEquals(Set.of("creditType"), fields(CreditLedger.reversalProblems(List.of(award), otherType)));
		assertEquals(Set.of("earnedOn"), fields(CreditLedger.reversalProblems(List.of(award), otherDate)));
		assertEquals(Set.of("reverses"), fields(CreditLedger.reversalProblems(List.of(award), otherLearner)));
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> CreditLedger.requireReversible(List.of(award), reversal(award, "-1.25")));
		assertEquals("A reversal of award 1 is -1.5, not -1.25.", e.getMessage());
		assertEquals(Set.of("amount"), e.fieldErrors().keySet());
	}

	@Test
	void aReversalNamesExactlyOneEntry() {
		LedgerEntry award = award(1, 10, 20, "AMA_PRA_1", "1.5");
		List<LedgerEntry> twice = new ArrayList<>(List.of(award, award));
		assertEquals("There is no award 1 to reverse.",
				CreditLedger.reversalProblems(twice, reversal(award, "-1.5")).get(0).sentence(),
				"an id held twice is no single award");
	}

	@Test
	void onlyAStoredAwardCanBeReversed() {
		LedgerEntry unsaved = new LedgerEntry(null, LEARNER, 10, 20, 110, 1, "AMA_PRA_1", d("1"), EARNED, LEARNER, AT,
				null, null);
		assertThrows(NullPointerException.class, () -> CreditLedger.reversalOf(unsaved, "x", ADMIN, LATER));
	}

	private static Set<String> fields(List<FieldProblem> problems) {
		return FieldProblem.asMap(problems).keySet();
	}
}
