package org.opencme.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.claim.CreditFixtures.TODAY;
import static org.opencme.claim.CreditFixtures.completed;
import static org.opencme.claim.CreditFixtures.context;
import static org.opencme.claim.CreditFixtures.d;
import static org.opencme.claim.CreditFixtures.designations;
import static org.opencme.claim.CreditFixtures.physician;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencme.claim.boundary.RequestedCredit;
import org.opencme.claim.control.AcceptedCredit;
import org.opencme.claim.control.ClaimContext;
import org.opencme.claim.control.ClaimDecision;
import org.opencme.claim.control.ClaimRules;
import org.opencme.claim.control.CreditTypes;
import org.opencme.claim.control.Eligibility.Outcome;
import org.opencme.claim.control.EnrollmentFacts;
import org.opencme.content.pkg.Profession;
import org.opencme.platform.boundary.InvalidInputException;

class ClaimRulesTest {

	private static final String AMA = "claims[AMA_PRA_1].amount";
	private static final String AMA_TYPE = "claims[AMA_PRA_1].creditType";

	private static RequestedCredit line(String type, String amount) {
		return new RequestedCredit(type, amount == null ? null : d(amount));
	}

	private static ClaimDecision decide(ClaimContext context, RequestedCredit... lines) {
		return ClaimRules.decide(context, List.of(lines));
	}

	/**
	 * The one sentence about {@code field}, failing when the claim was accepted or
	 * the field is not named.
	 */
	private static String refusal(ClaimDecision decision, String field) {
		assertFalse(decision.isAccepted(), "refused");
		assertTrue(decision.fieldErrors().containsKey(field), field + " in " + decision.fieldErrors());
		return decision.fieldErrors().get(field);
	}

	private static ClaimContext with(ClaimContext c, EnrollmentFacts facts) {
		return new ClaimContext(c.profession(), c.designations(), c.types(), facts, c.claimedTypes(), c.today());
	}

	@Test
	void aCompletePhysicianClaimsPartOfTheDesignationInSteps() {
		ClaimDecision decision = decide(physician(), line("AMA_PRA_1", "1.25"), line("ABIM_MOC", "1.5"));
		assertTrue(decision.isAccepted(), decision.fieldErrors().toString());
		assertEquals(List.of("AMA_PRA_1", "ABIM_MOC"), decision.accepted().stream().map(AcceptedCredit::code).toList());
		assertEquals("1.25", decision.accepted().get(0).amount().toPlainString());
		assertEquals("1.50", decision.accepted().get(1).amount().toPlainString(), "stored with two decimals");
		assertEquals("AMA PRA Category 1 Credit™", decision.accepted().get(0).type().name());
		assertEquals(decision.accepted(), decision.acceptedOrThrow());
	}

	/**
	 * The claim page's check while typing says what the claim itself would say,
	 * from the same rules: nothing for an amount that would be accepted or none
	 * yet.
	 */
	@Test
	void theCheckWhileTypingSaysWhatTheClaimWouldSay() {
		ClaimContext c = physician();
		assertEquals(java.util.Optional.empty(), ClaimRules.amountProblem(c, "AMA_PRA_1", d("1.25")));
		assertEquals(java.util.Optional.empty(), ClaimRules.amountProblem(c, "AMA_PRA_1", null), "nothing typed");
		for (String amount : List.of("1.1", "2", "0", "-1")) {
			assertEquals(java.util.Optional.of(refusal(decide(c, line("AMA_PRA_1", amount)), AMA)),
					ClaimRules.amountProblem(c, "AMA_PRA_1", d(amount)), amount);
		}
		assertTrue(ClaimRules.amountProblem(c, "AMA_PRA_1", d("1.1")).orElseThrow()
				.contains("in steps of 0.25, and 1.1 is not one: claim 1 or 1.25."));
		ClaimContext np = context(Profession.NP, designations("ANCC", "1.5", "AANP", "1.5"),
				EnrollmentFacts.complete(90, 30, null));
		assertTrue(ClaimRules.amountProblem(np, "AANP", d("1.25")).orElseThrow()
				.contains("the evaluation's 30 minutes do not count"));
		assertTrue(ClaimRules.amountProblem(np, "AMA_PRA_1", d("1")).isPresent(), "a type the nurse may not claim");
	}

	@Test
	void theFullDesignationMayBeClaimed() {
		assertTrue(decide(physician(), line("AMA_PRA_1", "1.5")).isAccepted());
	}

	@Nested
	class TheClaimAsAWhole {

		@Test
		void beforeCompletionTheRefusalListsWhatIsMissing() {
			ClaimContext c = with(physician(),
					new EnrollmentFacts(false, List.of("Post-test", "Evaluation"), 90, 10, TODAY.plusDays(1)));
			assertEquals("You can claim credit once you have completed the activity. Still to do: Post-test and"
					+ " Evaluation.", refusal(decide(c, line("AMA_PRA_1", "1")), "claims"));
			ClaimContext nothingListed = with(physician(), new EnrollmentFacts(false, List.of(), 90, 10, null));
			assertEquals("You can claim credit once you have completed the activity.",
					refusal(decide(nothingListed, line("AMA_PRA_1", "1")), "claims"));
		}

		@Test
		void noCreditAfterTheExpiryDateButOnItStill() {
			ClaimContext expired = with(physician(), EnrollmentFacts.complete(90, 10, TODAY.minusDays(1)));
			assertEquals("This activity expired on 2026-12-02; no credit can be claimed after its expiry date.",
					refusal(decide(expired, line("AMA_PRA_1", "1")), "claims"));
			ClaimContext lastDay = with(physician(), EnrollmentFacts.complete(90, 10, TODAY));
			assertTrue(decide(lastDay, line("AMA_PRA_1", "1")).isAccepted());
			ClaimContext noExpiry = with(physician(), EnrollmentFacts.complete(90, 10, null));
			assertTrue(decide(noExpiry, line("AMA_PRA_1", "1")).isAccepted());
		}

		@Test
		void aClaimHasAtLeastOneLine() {
			assertEquals("Choose at least one credit type and enter an amount.",
					refusal(ClaimRules.decide(physician(), List.of()), "claims"));
		}

		@Test
		void anActivityWithoutDesignationsHasNothingToClaim() {
			ClaimContext c = context(Profession.MD, Map.of(), completed());
			assertEquals("This activity offers no credit, so there is nothing to claim.",
					refusal(decide(c, line("AMA_PRA_1", "1")), "claims"));
		}

		@Test
		void withoutAParticipationTypeALearnerEligibleForNoneHasNothingToClaim() {
			ClaimContext c = new ClaimContext(Profession.RN, designations("AMA_PRA_1", "1"),
					CreditTypes.of(List.of(CreditFixtures.AMA)), completed(), Set.of(), TODAY);
			assertEquals(
					"None of this activity's credit types is open to your profession (Registered nurse), and"
							+ " this installation issues no certificate of participation.",
					refusal(decide(c, line("PARTICIPATION", "1")), "claims"));
		}

		@Test
		void aLineWithoutATypeIsNamedOnce() {
			ClaimDecision d = decide(physician(), line(null, "1"), line(" ", "1"));
			assertEquals("Each claim line names a credit type.", refusal(d, "claims"));
			assertEquals(1, d.refusals().size());
		}

		@Test
		void everyRefusalIsReportedAtOnceAndNothingIsAccepted() {
			ClaimContext c = with(physician(),
					new EnrollmentFacts(false, List.of("Evaluation"), 90, 10, TODAY.minusDays(3)));
			ClaimDecision d = decide(c, line("AMA_PRA_1", "1.3"), line("ABIM_MOC", "1"), line("ANCC", "1"),
					line("IPCE", "0"));
			assertEquals(Set.of("claims", AMA, "claims[ANCC].creditType", "claims[IPCE].amount"),
					d.fieldErrors().keySet());
			assertTrue(d.fieldErrors().get("claims").contains("Still to do: Evaluation."));
			assertTrue(d.fieldErrors().get("claims").contains("expired on 2026-11-30"), "both sentences kept");
			assertTrue(d.accepted().isEmpty(), "a claim is all or nothing");
		}

		@Test
		void aRefusedClaimThrowsWithEveryField() {
			InvalidInputException one = assertThrows(InvalidInputException.class,
					() -> decide(physician(), line("AMA_PRA_1", "2")).acceptedOrThrow());
			assertEquals(one.fieldErrors().get(AMA), one.getMessage(), "one problem: its sentence is the message");
			InvalidInputException two = assertThrows(InvalidInputException.class,
					() -> decide(physician(), line("AMA_PRA_1", "2"), line("ANCC", "1")).acceptedOrThrow());
			assertEquals("The claim has 2 problems; each is named with its field.", two.getMessage());
			assertEquals(Set.of(AMA, "claims[ANCC].creditType"), two.fieldErrors().keySet());
		}
	}

	@Nested
	class TheType {

		@Test
		void aTypeTheVersionDoesNotDesignateIsRefusedNamingWhatItOffers() {
			assertEquals(
					"This activity does not offer ANCC contact hours; it offers AMA PRA Category 1 Credit™, ABIM"
							+ " MOC points and IPCE credit.",
					refusal(decide(physician(), line("ANCC", "1")), "claims[ANCC].creditType"));
			assertEquals(
					"This activity does not offer AUA_SOCIETY; it offers AMA PRA Category 1 Credit™, ABIM MOC"
							+ " points and IPCE credit.",
					refusal(decide(physician(), line("AUA_SOCIETY", "1")), "claims[AUA_SOCIETY].creditType"),
					"an unknown code is named as it was sent");
		}

		@Test
		void aTypeTheProfessionMayNotClaimNamesWhoMay() {
			ClaimContext nurse = context(Profession.RN, designations("AMA_PRA_1", "1.5", "ANCC", "1.5"), completed());
			assertEquals(
					"AMA PRA Category 1 Credit™ can be claimed only by Physician (MD) and Physician (DO)"
							+ " learners; your profession (Registered nurse) is not among them.",
					refusal(decide(nurse, line("AMA_PRA_1", "1")), AMA_TYPE));
			assertTrue(decide(nurse, line("ANCC", "1.5")).isAccepted());
		}

		@Test
		void aLearnerEligibleForNoneIsPointedToParticipation() {
			ClaimContext nurse = context(Profession.RN, designations("AMA_PRA_1", "1.5"), completed());
			assertTrue(refusal(decide(nurse, line("AMA_PRA_1", "1")), AMA_TYPE)
					.endsWith("You can claim a certificate of participation (hours) instead."));
			ClaimContext nobody = context(null, designations("AMA_PRA_1", "1.5"), completed());
			assertTrue(refusal(decide(nobody, line("AMA_PRA_1", "1")), AMA_TYPE)
					.contains("your profession (your profile states none) is not among them"));
		}

		@Test
		void aDesignatedTypeTheInstallationNoLongerHasIsRefused() {
			ClaimContext c = context(Profession.MD, designations("AMA_PRA_1", "1", "AUA", "1"), completed());
			assertEquals("AUA is not a credit type this installation awards (any more).",
					refusal(decide(c, line("AUA", "1")), "claims[AUA].creditType"));
		}

		@Test
		void aTypeIsClaimedOncePerEnrolment() {
			ClaimContext claimed = new ClaimContext(Profession.MD, physician().designations(), physician().types(),
					completed(), Set.of("AMA_PRA_1"), TODAY);
			assertEquals(
					"You have already claimed AMA PRA Category 1 Credit™ for this activity; each credit type is"
							+ " claimed once. An administrator can correct an award.",
					refusal(decide(claimed, line("AMA_PRA_1", "1")), AMA_TYPE));
			assertTrue(decide(claimed, line("ABIM_MOC", "1")).isAccepted(), "another type may be claimed later");
		}

		@Test
		void aTypeTwiceInOneClaimIsRefused() {
			ClaimDecision d = decide(physician(), line("AMA_PRA_1", "1"), line("AMA_PRA_1", "0.5"));
			assertEquals("AMA PRA Category 1 Credit™ appears more than once in this claim: enter it once.",
					refusal(d, AMA_TYPE));
		}
	}

	@Nested
	class TheAmount {

		@Test
		void anAmountIsEnteredAndMoreThanZero() {
			assertEquals("Enter how many credit(s) of AMA PRA Category 1 Credit™ you claim.",
					refusal(decide(physician(), line("AMA_PRA_1", null)), AMA));
			assertEquals("Enter an amount of more than 0; 0 cannot be claimed.",
					refusal(decide(physician(), line("AMA_PRA_1", "0.00")), AMA));
			assertEquals("Enter an amount of more than 0; -1 cannot be claimed.",
					refusal(decide(physician(), line("AMA_PRA_1", "-1")), AMA));
		}

		@Test
		void noMoreThanTheDesignation() {
			assertEquals("This activity offers at most 1.5 credit(s) of AMA PRA Category 1 Credit™; 1.75 is more.",
					refusal(decide(physician(), line("AMA_PRA_1", "1.75")), AMA));
			assertEquals("This activity offers at most 1.5 credit(s) of AMA PRA Category 1 Credit™; 1.51 is more.",
					refusal(decide(physician(), line("AMA_PRA_1", "1.51")), AMA), "above the maximum comes first");
		}

		@Test
		void offTheIncrementNamesTheStepAndTheNearestAllowedAmounts() {
			assertEquals("AMA PRA Category 1 Credit™ is claimed in steps of 0.25, and 1.3 is not one: claim 1.25 or"
					+ " 1.5.", refusal(decide(physician(), line("AMA_PRA_1", "1.3")), AMA));
			assertEquals("AMA PRA Category 1 Credit™ is claimed in steps of 0.25, and 0.1 is not one: claim 0.25.",
					refusal(decide(physician(), line("AMA_PRA_1", "0.1")), AMA));
			ClaimContext nurse = context(Profession.RN, designations("ANCC", "1.5"), completed());
			assertEquals("ANCC contact hours is claimed in steps of 0.01, and 1.255 is not one: claim 1.25 or 1.26.",
					refusal(decide(nurse, line("ANCC", "1.255")), "claims[ANCC].amount"));
			assertTrue(decide(nurse, line("ANCC", "1.37")).isAccepted(), "ANCC is claimed in hundredths");
		}

		@Test
		void theNearestAmountsStayWithinAnOffStepDesignation() {
			ClaimContext c = context(Profession.MD, designations("AMA_PRA_1", "1.3"), completed());
			assertEquals("AMA PRA Category 1 Credit™ is claimed in steps of 0.25, and 1.3 is not one: claim 1.25.",
					refusal(decide(c, line("AMA_PRA_1", "1.3")), AMA));
			ClaimContext tiny = context(Profession.MD, designations("AMA_PRA_1", "0.2"), completed());
			assertEquals("AMA PRA Category 1 Credit™ is claimed in steps of 0.25, and 0.1 is not one; no step fits"
					+ " within the 0 you may claim.", refusal(decide(tiny, line("AMA_PRA_1", "0.1")), AMA));
		}
	}

	@Nested
	class TheTimeSpent {

		@Test
		void noMoreThanTheRecordedTimeAllowsAtOnePerHour() {
			ClaimContext c = with(physician(), EnrollmentFacts.complete(75, 10, null));
			assertEquals(
					"You recorded 75 minutes, which allow at most 1.25 credit(s) of AMA PRA Category 1 Credit™"
							+ " (one per 60 minutes, in steps of 0.25); 1.5 is more.",
					refusal(decide(c, line("AMA_PRA_1", "1.5")), AMA));
			assertTrue(decide(c, line("AMA_PRA_1", "1.25")).isAccepted());
		}

		@Test
		void exactlyTheRecordedTimeIsAllowed() {
			ClaimContext c = with(physician(), EnrollmentFacts.complete(90, 10, null));
			assertTrue(decide(c, line("AMA_PRA_1", "1.5"), line("ABIM_MOC", "1.5"), line("IPCE", "1.5")).isAccepted(),
					"every hour-based type is limited by the same time, independently");
		}

		@Test
		void theLimitAppliesToEveryTypeIncludingMocAndParticipation() {
			ClaimContext c = with(physician(), EnrollmentFacts.complete(30, 0, null));
			assertTrue(refusal(decide(c, line("ABIM_MOC", "1")), "claims[ABIM_MOC].amount")
					.startsWith("You recorded 30 minutes, which allow at most 0.5 point(s) of ABIM MOC points"));
			ClaimContext nurse = context(Profession.RN, designations("AMA_PRA_1", "1.5"),
					EnrollmentFacts.complete(30, 0, null));
			assertTrue(refusal(decide(nurse, line("PARTICIPATION", "1")), "claims[PARTICIPATION].amount")
					.startsWith("You recorded 30 minutes, which allow at most 0.5 hour(s)"));
		}

		@Test
		void evaluationTimeIsLeftOutWhereItDoesNotCount() {
			ClaimContext np = context(Profession.NP, designations("ANCC", "1.5", "AANP", "1.5"),
					EnrollmentFacts.complete(90, 30, null));
			assertTrue(decide(np, line("ANCC", "1.5")).isAccepted(), "ANCC counts the evaluation");
			assertTrue(decide(np, line("AANP", "1")).isAccepted());
			assertEquals("You recorded 90 minutes; the evaluation's 30 minutes do not count for AANP contact hours, so"
					+ " 60 minutes allow at most 1 contact hour(s) of AANP contact hours (one per 60 minutes, in steps"
					+ " of 0.01); 1.01 is more.", refusal(decide(np, line("AANP", "1.01")), "claims[AANP].amount"));
		}

		@Test
		void anEvaluationLongerThanTheRecordedTimeLeavesNothing() {
			ClaimContext np = context(Profession.NP, designations("AANP", "1.5"),
					EnrollmentFacts.complete(20, 30, null));
			assertTrue(refusal(decide(np, line("AANP", "0.01")), "claims[AANP].amount")
					.contains("so 0 minutes allow at most 0 contact hour(s)"));
		}

		@Test
		void anAmountWithinTheTimeButOffStepIsAnIncrementProblem() {
			ClaimContext c = with(physician(), EnrollmentFacts.complete(80, 0, null));
			assertEquals("AMA PRA Category 1 Credit™ is claimed in steps of 0.25, and 1.3 is not one: claim 1.25.",
					refusal(decide(c, line("AMA_PRA_1", "1.3")), AMA), "80 minutes allow 1.33, so 1.25 is the step");
		}

		@Test
		void withoutRecordedTimeOnlyTheDesignationLimits() {
			ClaimContext c = with(physician(), EnrollmentFacts.complete(null, 10, null));
			assertTrue(decide(c, line("AMA_PRA_1", "1.5")).isAccepted());
		}
	}

	@Nested
	class Participation {

		@Test
		void aLearnerEligibleForNoneClaimsParticipationHours() {
			ClaimContext nurse = context(Profession.RN, designations("AMA_PRA_1", "1.5"), completed());
			ClaimDecision d = decide(nurse, line("PARTICIPATION", "1.5"));
			assertTrue(d.isAccepted(), d.fieldErrors().toString());
			assertEquals("hour(s)", d.accepted().get(0).type().unitLabel());
			assertEquals("This activity offers at most 1.5 hour(s) of Certificate of participation; 2 is more.",
					refusal(decide(nurse, line("PARTICIPATION", "2")), "claims[PARTICIPATION].amount"));
		}

		@Test
		void aLearnerWhoMayClaimCreditIsNotOfferedParticipation() {
			assertEquals(
					"A certificate of participation is for learners who may claim none of this activity's credit"
							+ " types; you may claim AMA PRA Category 1 Credit™, ABIM MOC points and IPCE credit.",
					refusal(decide(physician(), line("PARTICIPATION", "1")), "claims[PARTICIPATION].creditType"));
		}
	}

	@Nested
	class TheClaimPage {

		@Test
		void optionsShowMaximumLimitIncrementAndWhatIsClaimed() {
			ClaimContext c = new ClaimContext(Profession.MD, designations("AMA_PRA_1", "1.5", "ABIM_MOC", "1"),
					CreditFixtures.TYPES, EnrollmentFacts.complete(80, 0, null), Set.of("ABIM_MOC"), TODAY);
			var options = ClaimRules.options(c);
			assertEquals(Outcome.CREDIT, options.outcome());
			var ama = options.options().get(0);
			assertEquals("AMA_PRA_1", ama.code());
			assertEquals(d("1.5"), ama.maximum());
			assertEquals(d("1.25"), ama.limit(), "80 minutes allow 1.25");
			assertEquals(d("0.25"), ama.increment());
			assertFalse(ama.claimed());
			var moc = options.options().get(1);
			assertEquals(d("1.00"), moc.limit(), "the designation is below the time");
			assertTrue(moc.claimed());
		}

		@Test
		void optionsForAParticipantAreOneRowInHours() {
			var options = ClaimRules.options(
					context(Profession.PHARMACIST, designations("AMA_PRA_1", "2", "ABIM_MOC", "1"), completed()));
			assertEquals(Outcome.PARTICIPATION, options.outcome());
			assertEquals(1, options.options().size());
			assertEquals("PARTICIPATION", options.options().get(0).code());
			assertEquals(d("2"), options.options().get(0).maximum());
			assertEquals(d("1.50"), options.options().get(0).limit(), "90 minutes");
		}

		@Test
		void optionsWithNothingToClaimAreEmpty() {
			var options = ClaimRules.options(context(Profession.MD, Map.of(), completed()));
			assertEquals(Outcome.NONE, options.outcome());
			assertTrue(options.options().isEmpty());
		}
	}
}
