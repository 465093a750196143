package org.opencme.claim.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.claim.control.AcceptedCredit;
import org.opencme.claim.control.ClaimContext;
import org.opencme.claim.control.ClaimRules;
import org.opencme.claim.control.CreditLedger;
import org.opencme.claim.control.CreditTypes;
import org.opencme.claim.control.Designation;
import org.opencme.claim.control.EnrollmentFacts;
import org.opencme.claim.control.FieldProblem;
import org.opencme.claim.control.Increments;
import org.opencme.claim.control.LedgerEntry;
import org.opencme.claim.control.ReportingRequirements;
import org.opencme.claim.entity.CreditAward;
import org.opencme.claim.entity.CreditClaim;
import org.opencme.claim.entity.CreditCompletion;
import org.opencme.credit.boundary.CreditTypeService;
import org.opencme.credit.boundary.CreditTypeSummary;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.ReportingIdentity;
import org.opencme.identity.boundary.Role;
import org.opencme.learning.boundary.CompletionFacts;
import org.opencme.learning.boundary.EnrollmentCompleted;
import org.opencme.learning.boundary.EnrollmentService;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.NotPermittedException;
import org.opencme.platform.boundary.ProviderCalendar;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * Credit claims: what a learner may claim for an enrolment, the claim (decided
 * by {@link ClaimRules} from stored facts only: learning's completion and
 * attested time, the version's designations and expiry, the learner's
 * profession), and the learner's awards. An accepted claim is one
 * {@link CreditClaim} with one {@link CreditAward} per line, and
 * {@link AwardsRecorded} in the same transaction, on which certification issues
 * the certificate.
 */
@Stateless
public class ClaimService {

	static final String RECORD = "CreditClaim";

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	EnrollmentService enrollments;

	@Inject
	CreditTypeService creditTypes;

	@Inject
	AccountService accounts;

	@Inject
	AuditLog audit;

	@Inject
	Clock clock;

	@Inject
	Event<AwardsRecorded> recorded;

	/** The claim page of the learner's own enrolment. */
	public ClaimPage page(AuthenticatedAccount learner, long enrollmentId) {
		CompletionFacts facts = ownFacts(learner, enrollmentId);
		ClaimContext context = context(facts, accounts.reportingIdentity(learner.id()));
		var options = ClaimRules.options(context);
		List<CreditTypeSummary> reported = options.options().stream().map(o -> o.type())
				.filter(t -> ReportingRequirements.isReported(t.code())).toList();
		List<FieldProblem> missing = ReportingRequirements.missing(reported, accounts.reportingIdentity(learner.id()));
		return new ClaimPage(facts, options, missing, claimsOf(enrollmentId));
	}

	/**
	 * The claim page's check of one amount while the learner types it: the sentence
	 * a claim of it would be refused with, from the same rules and stored facts as
	 * the claim itself; nothing when it would be accepted.
	 */
	public Optional<String> checkAmount(AuthenticatedAccount learner, long enrollmentId, String creditType,
			BigDecimal amount) {
		if (amount == null) {
			return Optional.empty();
		}
		CompletionFacts facts = ownFacts(learner, enrollmentId);
		return ClaimRules.amountProblem(context(facts, accounts.reportingIdentity(learner.id())), creditType, amount);
	}

	/**
	 * Claims {@code lines} for the learner's own completed enrolment.
	 *
	 * @throws org.opencme.platform.boundary.InvalidInputException
	 *             naming every refused line or rule; nothing is stored
	 * @throws ReportingDetailsMissingException
	 *             when a reported type needs details the account lacks
	 * @throws AlreadyClaimedException
	 *             when the same type was claimed at the same moment
	 */
	public ClaimSummary claim(AuthenticatedAccount learner, long enrollmentId, List<RequestedCredit> lines) {
		CompletionFacts facts = ownFacts(learner, enrollmentId);
		ReportingIdentity identity = accounts.reportingIdentity(learner.id());
		List<AcceptedCredit> accepted = ClaimRules.decide(context(facts, identity), lines).acceptedOrThrow();
		List<FieldProblem> missing = ReportingRequirements.missing(accepted.stream().map(AcceptedCredit::type).toList(),
				identity);
		if (!missing.isEmpty()) {
			throw new ReportingDetailsMissingException(FieldProblem.asMap(missing));
		}
		return record(facts, accepted, learner.id(), learner.email());
	}

	/**
	 * A bulk issue claims, on the learner's behalf, what their stored participation
	 * allows: for every eligible designated type not yet claimed, the limit the
	 * rules give from the recorded time (as the claim page offers it). The ledger
	 * records the administrator as who awarded it. A learner the claim would need
	 * something from (reporting details, or an amount the recorded time does not
	 * give) is left to claim themselves.
	 *
	 * @return the claim, or why the learner must claim themselves
	 */
	public BehalfClaim claimForLearner(AuthenticatedAccount admin, long enrollmentId) {
		if (!admin.roles().contains(Role.ADMIN)) {
			throw new NotPermittedException("Only administrators issue certificates in bulk.");
		}
		if (!claimsOf(enrollmentId).isEmpty()) {
			return BehalfClaim.alreadyClaimed();
		}
		CompletionFacts facts = enrollments.completionFacts(admin, enrollmentId);
		if (!facts.completed()) {
			return BehalfClaim.mustClaim("Not completed.");
		}
		ReportingIdentity identity = accounts.reportingIdentity(facts.learnerId());
		ClaimContext context = context(facts, identity);
		List<RequestedCredit> requested = ClaimRules.options(context).options().stream()
				.filter(o -> !o.claimed() && o.limit() != null && o.limit().signum() > 0)
				.map(o -> new RequestedCredit(o.code(), o.limit())).toList();
		if (requested.isEmpty()) {
			return BehalfClaim.mustClaim("The recorded time gives no credit to award without the learner.");
		}
		var decision = ClaimRules.decide(context, requested);
		if (!decision.isAccepted()) {
			return BehalfClaim.mustClaim("The claim needs the learner: "
					+ decision.refusals().stream().map(FieldProblem::sentence).collect(Collectors.joining(" ")));
		}
		List<AcceptedCredit> accepted = decision.acceptedOrThrow();
		List<FieldProblem> missing = ReportingRequirements.missing(accepted.stream().map(AcceptedCredit::type).toList(),
				identity);
		if (!missing.isEmpty()) {
			return BehalfClaim.mustClaim("Reporting details missing: "
					+ missing.stream().map(FieldProblem::field).collect(Collectors.joining(", ")) + ".");
		}
		return BehalfClaim.claimed(record(facts, accepted, admin.id(), admin.email()));
	}

	/** One claim and its awards; {@link AwardsRecorded} in the same transaction. */
	private ClaimSummary record(CompletionFacts facts, List<AcceptedCredit> accepted, long actorId, String actorEmail) {
		long enrollmentId = facts.enrollmentId();
		long learnerId = facts.learnerId();
		Instant now = Instant.now(clock);
		boolean participation = accepted.stream().anyMatch(a -> CreditTypes.PARTICIPATION.equals(a.code()));
		CreditClaim claim = new CreditClaim(enrollmentId, learnerId, facts.activityId(), facts.versionNo(),
				participation ? ClaimOutcome.PARTICIPATION : ClaimOutcome.CREDIT, facts.completedAt(), now);
		LocalDate earnedOn = ProviderCalendar.dateOf(facts.completedAt());
		try {
			em.persist(claim);
			em.flush();
			for (AcceptedCredit line : accepted) {
				em.persist(new CreditAward(LedgerEntry.award(learnerId, enrollmentId, claim.id(), facts.activityId(),
						facts.versionNo(), line, earnedOn, actorId, now), true));
			}
			em.flush();
		} catch (PersistenceException e) {
			throw new AlreadyClaimedException(enrollmentId);
		}
		List<AwardLine> awardLines = accepted.stream().map(a -> new AwardLine(a.type(), a.amount())).toList();
		audit.record(actorEmail, "CREDIT_CLAIMED", RECORD, claim.id(), "enrollment " + enrollmentId + ": "
				+ awardLines.stream().map(l -> l.amount() + " " + l.type().code()).collect(Collectors.joining(", ")));
		recorded.fire(new AwardsRecorded(claim.id(), learnerId, enrollmentId, facts.activityId(), facts.versionNo(),
				claim.outcome(), facts.completedAt(), now, awardLines, facts.activity(), actorEmail));
		return new ClaimSummary(claim.id(), enrollmentId, facts.activityId(), facts.versionNo(), claim.outcome(),
				facts.completedAt(), now, awardLines);
	}

	/** The claims of an enrolment, oldest first, with their current awards. */
	public List<ClaimSummary> claimsOf(long enrollmentId) {
		List<CreditClaim> claims = em
				.createQuery("SELECT c FROM CreditClaim c WHERE c.enrollmentId = :e ORDER BY c.claimedAt, c.id",
						CreditClaim.class)
				.setParameter("e", enrollmentId).getResultList();
		if (claims.isEmpty()) {
			return List.of();
		}
		List<LedgerEntry> entries = entriesOfEnrollment(enrollmentId);
		CreditTypes types = CreditTypes.of(creditTypes.all());
		return claims.stream().map(c -> summary(c, entries, types)).toList();
	}

	/**
	 * An administrator corrects one line of a claim: a reversing entry and, unless
	 * {@code amount} is 0, a new award, both with the reason and the administrator;
	 * nothing is overwritten. The new amount keeps to the type's increment and the
	 * version's designation. Reissue the certificate to print it.
	 */
	public ClaimSummary correct(AuthenticatedAccount admin, long claimId, String creditType, BigDecimal amount,
			String reason) {
		if (!admin.roles().contains(Role.ADMIN)) {
			throw new NotPermittedException("Only administrators correct awarded credit.");
		}
		CreditClaim claim = em.find(CreditClaim.class, claimId);
		if (claim == null) {
			throw new RecordNotFoundException("Claim", claimId);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
			errors.put("reason", "Say why the award is corrected (at most 1000 characters).");
		}
		List<LedgerEntry> entries = entriesOfEnrollment(claim.enrollmentId());
		LedgerEntry current = CreditLedger.currentAwards(entries, claimId).stream()
				.filter(e -> e.creditType().equals(creditType)).findFirst().orElse(null);
		CreditTypeSummary type = CreditTypes.of(creditTypes.all()).find(creditType == null ? "" : creditType)
				.orElse(null);
		if (current == null || type == null) {
			errors.put("creditType", "This claim has no award of " + creditType + " to correct.");
		}
		BigDecimal maximum = Designation
				.byType(enrollments.completionFacts(admin, claim.enrollmentId()).activity().creditDesignations())
				.get(creditType);
		if (amount == null || amount.signum() < 0) {
			errors.put("amount", "Enter the corrected amount, 0 to withdraw the award.");
		} else if (type != null && !Increments.isStep(amount, type.claimIncrement())) {
			errors.put("amount", "Use steps of " + type.claimIncrement().stripTrailingZeros().toPlainString() + ".");
		} else if (maximum != null && amount.compareTo(maximum) > 0) {
			errors.put("amount", "At most the designation, " + maximum.stripTrailingZeros().toPlainString() + ".");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The correction was not recorded.", errors);
		}
		List<LedgerEntry> correction = CreditLedger.correction(current, amount.setScale(2), reason.strip(), admin.id(),
				Instant.now(clock));
		CreditLedger.requireReversible(entries, correction.get(0));
		try {
			for (LedgerEntry entry : correction) {
				em.persist(new CreditAward(entry, false));
			}
			em.flush();
		} catch (PersistenceException e) {
			throw new AlreadyClaimedException(claim.enrollmentId());
		}
		audit.record(admin.email(), "CREDIT_CORRECTED", RECORD, claimId,
				creditType + " " + current.amount() + " -> " + amount + ": " + reason.strip());
		return claimById(claimId);
	}

	/** One claim with its current awards. */
	public ClaimSummary claimById(long claimId) {
		CreditClaim claim = em.find(CreditClaim.class, claimId);
		if (claim == null) {
			throw new RecordNotFoundException("Claim", claimId);
		}
		return summary(claim, entriesOfEnrollment(claim.enrollmentId()), CreditTypes.of(creditTypes.all()));
	}

	/** Every claim of a learner, newest first. */
	public List<ClaimSummary> claimsOfLearner(long learnerId) {
		List<CreditClaim> claims = em
				.createQuery("SELECT c FROM CreditClaim c WHERE c.learnerId = :l ORDER BY c.claimedAt DESC, c.id DESC",
						CreditClaim.class)
				.setParameter("l", learnerId).getResultList();
		List<LedgerEntry> entries = em
				.createQuery("SELECT a FROM CreditAward a WHERE a.learnerId = :l", CreditAward.class)
				.setParameter("l", learnerId).getResultList().stream().map(CreditAward::entry).toList();
		CreditTypes types = CreditTypes.of(creditTypes.all());
		return claims.stream().map(c -> summary(c, entries, types)).toList();
	}

	/** Which of these enrolments have a claim: the dashboard's "Claim credit". */
	public Set<Long> claimedEnrollments(long learnerId) {
		return Set.copyOf(
				em.createQuery("SELECT DISTINCT c.enrollmentId FROM CreditClaim c WHERE c.learnerId = :l", Long.class)
						.setParameter("l", learnerId).getResultList());
	}

	/**
	 * Records a committed completion credit may now be claimed for (once; a
	 * repeated event changes nothing).
	 */
	@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
	public void completed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrollmentCompleted completed) {
		if (em.find(CreditCompletion.class, completed.enrollmentId()) == null) {
			em.persist(new CreditCompletion(completed.enrollmentId(), completed.learnerId(), completed.activityId(),
					completed.versionNo(), completed.completedAt(), Instant.now(clock)));
		}
	}

	/**
	 * Completions of an activity with no claim yet, by enrolment id after
	 * {@code afterEnrollmentId}: what a bulk issue works through.
	 */
	public List<Long> unclaimedCompletionsOfActivity(long activityId, long afterEnrollmentId, int max) {
		return em
				.createQuery("SELECT c.enrollmentId FROM CreditCompletion c WHERE c.activityId = :a"
						+ " AND c.enrollmentId > :after AND NOT EXISTS (SELECT k.id FROM CreditClaim k"
						+ " WHERE k.enrollmentId = c.enrollmentId) ORDER BY c.enrollmentId", Long.class)
				.setParameter("a", activityId).setParameter("after", afterEnrollmentId).setMaxResults(max)
				.getResultList();
	}

	/**
	 * Per activity, how many completions have no claim yet (activities with none
	 * left out).
	 */
	public Map<Long, Long> unclaimedCompletionsByActivity() {
		Map<Long, Long> out = new LinkedHashMap<>();
		for (Object[] row : em.createQuery("SELECT c.activityId, COUNT(c) FROM CreditCompletion c WHERE NOT EXISTS"
				+ " (SELECT k.id FROM CreditClaim k WHERE k.enrollmentId = c.enrollmentId) GROUP BY c.activityId"
				+ " ORDER BY c.activityId", Object[].class).getResultList()) {
			out.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
		}
		return out;
	}

	/** How many completions of an activity have no claim yet. */
	public long countUnclaimedCompletionsOfActivity(long activityId) {
		return em.createQuery(
				"SELECT COUNT(c) FROM CreditCompletion c WHERE c.activityId = :a"
						+ " AND NOT EXISTS (SELECT k.id FROM CreditClaim k WHERE k.enrollmentId = c.enrollmentId)",
				Long.class).setParameter("a", activityId).getSingleResult();
	}

	/** Completions heard of whose enrolment has no claim yet, for a learner. */
	public List<Long> unclaimedCompletions(long learnerId) {
		return em.createQuery("SELECT c.enrollmentId FROM CreditCompletion c WHERE c.learnerId = :l"
				+ " AND c.enrollmentId NOT IN (SELECT k.enrollmentId FROM CreditClaim k WHERE k.learnerId = :l)"
				+ " ORDER BY c.completedAt DESC", Long.class).setParameter("l", learnerId).getResultList();
	}

	private CompletionFacts ownFacts(AuthenticatedAccount learner, long enrollmentId) {
		CompletionFacts facts = enrollments.completionFacts(learner, enrollmentId);
		if (facts.learnerId() != learner.id()) {
			throw new NotPermittedException("Only the learner claims the credit of their enrolment.");
		}
		return facts;
	}

	private ClaimContext context(CompletionFacts facts, ReportingIdentity identity) {
		var activity = facts.activity();
		EnrollmentFacts enrollment = new EnrollmentFacts(facts.completed(), facts.stillRequired(),
				facts.attestedMinutes(), facts.evaluationMinutes(), activity.expiryDate());
		Set<String> claimed = CreditLedger.claimedTypes(entriesOfEnrollment(facts.enrollmentId()),
				facts.enrollmentId());
		return new ClaimContext(identity.profession(), Designation.byType(activity.creditDesignations()),
				CreditTypes.of(creditTypes.active()), enrollment, claimed, ProviderCalendar.today(clock));
	}

	private List<LedgerEntry> entriesOfEnrollment(long enrollmentId) {
		return em.createQuery("SELECT a FROM CreditAward a WHERE a.enrollmentId = :e", CreditAward.class)
				.setParameter("e", enrollmentId).getResultList().stream().map(CreditAward::entry).toList();
	}

	private static ClaimSummary summary(CreditClaim c, List<LedgerEntry> entries, CreditTypes types) {
		Map<String, BigDecimal> current = CreditLedger.currentAwards(entries, c.id()).stream()
				.collect(Collectors.toMap(LedgerEntry::creditType, LedgerEntry::amount, BigDecimal::add));
		List<AwardLine> lines = current.entrySet().stream().sorted(Comparator.comparing(Map.Entry::getKey))
				.map(e -> new AwardLine(types.find(e.getKey()).orElseThrow(), e.getValue())).toList();
		return new ClaimSummary(c.id(), c.enrollmentId(), c.activityId(), c.versionNo(), c.outcome(), c.completedAt(),
				c.claimedAt(), lines);
	}
}
