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
import java.util.List;
import java.util.Map;
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
import org.opencme.learning.boundary.CompletionFacts;
import org.opencme.learning.boundary.EnrollmentCompleted;
import org.opencme.learning.boundary.EnrollmentService;
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
		Instant now = Instant.now(clock);
		boolean participation = accepted.stream().anyMatch(a -> CreditTypes.PARTICIPATION.equals(a.code()));
		CreditClaim claim = new CreditClaim(enrollmentId, learner.id(), facts.activityId(), facts.versionNo(),
				participation ? ClaimOutcome.PARTICIPATION : ClaimOutcome.CREDIT, facts.completedAt(), now);
		LocalDate earnedOn = ProviderCalendar.dateOf(facts.completedAt());
		try {
			em.persist(claim);
			em.flush();
			for (AcceptedCredit line : accepted) {
				em.persist(new CreditAward(LedgerEntry.award(learner.id(), enrollmentId, claim.id(), facts.activityId(),
						facts.versionNo(), line, earnedOn, learner.id(), now), true));
			}
			em.flush();
		} catch (PersistenceException e) {
			throw new AlreadyClaimedException(enrollmentId);
		}
		List<AwardLine> awardLines = accepted.stream().map(a -> new AwardLine(a.type(), a.amount())).toList();
		audit.record(learner.email(), "CREDIT_CLAIMED", RECORD, claim.id(), "enrollment " + enrollmentId + ": "
				+ awardLines.stream().map(l -> l.amount() + " " + l.type().code()).collect(Collectors.joining(", ")));
		recorded.fire(new AwardsRecorded(claim.id(), learner.id(), enrollmentId, facts.activityId(), facts.versionNo(),
				claim.outcome(), facts.completedAt(), now, awardLines, facts.activity(), learner.email()));
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
				facts.attestedMinutes(), 0, activity.expiryDate());
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
