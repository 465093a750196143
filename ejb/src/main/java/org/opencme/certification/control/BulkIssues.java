package org.opencme.certification.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opencme.certification.boundary.CertificateService;
import org.opencme.certification.entity.BulkIssue;
import org.opencme.certification.entity.BulkIssueItem;
import org.opencme.claim.boundary.BehalfClaim;
import org.opencme.claim.boundary.ClaimService;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.platform.boundary.NotPermittedException;

/**
 * The work of the bulk issue job
 * ({@code META-INF/batch-jobs/issue-certificates.xml}), in the job's chunk
 * transactions: which enrolments are still pending, and one enrolment's claim,
 * certificate and item row, together or not at all.
 */
@Stateless
public class BulkIssues {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	ClaimService claims;

	@Inject
	CertificateService certificates;

	@Inject
	AccountService accounts;

	@Inject
	Clock clock;

	/**
	 * Up to {@code max} enrolments after {@code after} the bulk issue has still to
	 * deal with (completed, unclaimed, no item of this issue yet).
	 */
	public List<Long> pending(long bulkId, long after, int max) {
		BulkIssue bulk = em.find(BulkIssue.class, bulkId);
		List<Long> out = new ArrayList<>();
		long from = after;
		while (out.size() < max) {
			List<Long> page = claims.unclaimedCompletionsOfActivity(bulk.activityId(), from, max);
			if (page.isEmpty()) {
				break;
			}
			Set<Long> done = new HashSet<>(em.createQuery(
					"SELECT i.enrollmentId FROM BulkIssueItem i WHERE i.bulkId = :b AND i.enrollmentId IN :e",
					Long.class).setParameter("b", bulkId).setParameter("e", page).getResultList());
			page.stream().filter(e -> !done.contains(e)).forEach(out::add);
			from = page.get(page.size() - 1);
		}
		return out.size() > max ? out.subList(0, max) : out;
	}

	/**
	 * The enrolments of one chunk, each: claim on the learner's behalf,
	 * certificate, item. The bulk issue and the administrator who asked are read
	 * once per chunk.
	 */
	public void issue(long bulkId, List<Long> enrollmentIds) {
		BulkIssue bulk = em.find(BulkIssue.class, bulkId);
		AuthenticatedAccount admin = accounts.authenticated(bulk.requestedBy())
				.orElseThrow(() -> new NotPermittedException("The administrator who asked is no longer active."));
		for (long enrollmentId : enrollmentIds) {
			issue(bulkId, admin, enrollmentId);
		}
	}

	private void issue(long bulkId, AuthenticatedAccount admin, long enrollmentId) {
		long started = System.nanoTime();
		BehalfClaim result = claims.claimForLearner(admin, enrollmentId);
		BulkIssueItem.Outcome outcome;
		String number = null;
		if (result.isClaimed()) {
			outcome = BulkIssueItem.Outcome.ISSUED;
			number = certificates.ofClaim(result.claim().id()).orElseThrow().number();
		} else {
			outcome = result.claimedBefore()
					? BulkIssueItem.Outcome.CLAIMED_BEFORE
					: BulkIssueItem.Outcome.LEARNER_MUST_CLAIM;
		}
		int millis = (int) ((System.nanoTime() - started) / 1_000_000);
		em.persist(
				new BulkIssueItem(bulkId, enrollmentId, outcome, number, result.reason(), millis, Instant.now(clock)));
	}

	/**
	 * Certificates this bulk issue issued, by number after {@code after}, in the
	 * share {@code partition} of {@code partitions}.
	 */
	public List<String> issuedNumbers(long bulkId, String after, int max, int partition, int partitions) {
		return em
				.createQuery("SELECT i.certificateNumber FROM BulkIssueItem i WHERE i.bulkId = :b"
						+ " AND i.certificateNumber IS NOT NULL AND i.certificateNumber > :after"
						+ " AND MOD(i.certificateSerial, :n) = :p ORDER BY i.certificateNumber", String.class)
				.setParameter("b", bulkId).setParameter("after", after == null ? "" : after)
				.setParameter("n", partitions).setParameter("p", partition).setMaxResults(max).getResultList();
	}
}
