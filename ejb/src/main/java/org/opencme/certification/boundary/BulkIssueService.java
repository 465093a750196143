package org.opencme.certification.boundary;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.certification.entity.BulkIssue;
import org.opencme.certification.entity.BulkIssueItem;
import org.opencme.claim.boundary.ClaimService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.Role;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.NotPermittedException;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * "Issue every pending certificate of activity X": an administrator starts a
 * Jakarta Batch job ({@code issue-certificates}) that claims, on the behalf of
 * every learner whose completion is recorded and who has not claimed, what
 * their recorded participation allows, issues the certificates and renders
 * their PDFs. The job repository is in the database: a job that was running
 * when the server died is resumed from its last checkpoint when the server
 * starts again ({@link BulkIssueRecovery}); an administrator may stop and
 * resume one.
 */
@Stateless
public class BulkIssueService {

	static final String JOB = "issue-certificates";
	static final String RECORD = "CertificateBulkIssue";
	private static final Logger LOG = Logger.getLogger(BulkIssueService.class.getName());

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	ClaimService claims;

	@Inject
	ActivityService activities;

	@Inject
	AuditLog audit;

	@Inject
	Clock clock;

	@Inject
	BulkIssueService self;

	/** Activities with completions waiting for a claim: id, title, how many. */
	public List<PendingActivity> pendingActivities(AuthenticatedAccount admin) {
		requireAdmin(admin);
		Map<Long, Long> pending = claims.unclaimedCompletionsByActivity();
		Map<Long, String> titles = activities.titles(pending.keySet());
		return pending.entrySet().stream()
				.map(e -> new PendingActivity(e.getKey(), titles.get(e.getKey()), e.getValue()))
				.sorted(java.util.Comparator.comparing(PendingActivity::title)).toList();
	}

	/** An activity with completions waiting for a claim. */
	public record PendingActivity(long activityId, String title, long pending) {
	}

	/**
	 * Starts the job for an activity ({@code chunk}: enrolments per transaction,
	 * null for 20).
	 *
	 * @throws InvalidInputException
	 *             when nothing is pending, or a bulk issue of the activity is
	 *             running
	 */
	@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
	public BulkIssueSummary start(AuthenticatedAccount admin, long activityId, Integer chunk) {
		requireAdmin(admin);
		activities.find(activityId);
		for (BulkIssueSummary earlier : self.ofActivity(admin, activityId)) {
			if (earlier.status().running()) {
				throw new InvalidInputException("A bulk issue of this activity is running already.",
						Map.of("activityId", "Bulk issue " + earlier.id() + " is at " + earlier.done() + " of "
								+ earlier.total() + "; wait for it or stop it."));
			}
		}
		long pending = claims.countUnclaimedCompletionsOfActivity(activityId);
		if (pending == 0) {
			throw new InvalidInputException("No certificate of this activity is pending.",
					Map.of("activityId", "Every completed enrolment of this activity has its claim."));
		}
		if (chunk != null && (chunk < 1 || chunk > 500)) {
			throw new InvalidInputException("The chunk size is 1 to 500.", Map.of("chunk", "Use 1 to 500."));
		}
		long id = self.create(admin, activityId, (int) pending);
		Properties parameters = new Properties();
		parameters.setProperty("bulkId", Long.toString(id));
		if (chunk != null) {
			parameters.setProperty("chunk", Integer.toString(chunk));
		}
		long execution = operator().start(JOB, parameters);
		self.started(id, execution, false);
		return self.get(admin, id);
	}

	/** An administrator stops a running bulk issue; it resumes where it stopped. */
	@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
	public BulkIssueSummary stop(AuthenticatedAccount admin, long id) {
		requireAdmin(admin);
		BulkIssueSummary now = self.get(admin, id);
		if (!now.status().running()) {
			throw new InvalidInputException("This bulk issue is not running.",
					Map.of("id", "It is " + now.statusLabel().toLowerCase() + "."));
		}
		operator().stop(self.executionOf(id));
		self.audit(admin.email(), "CERTIFICATE_BULK_STOPPED", id, "at " + now.done() + "/" + now.total());
		return self.get(admin, id);
	}

	/** Resumes a stopped or failed bulk issue from its last checkpoint. */
	@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
	public BulkIssueSummary resume(AuthenticatedAccount admin, long id) {
		requireAdmin(admin);
		BulkIssueSummary now = self.get(admin, id);
		if (!now.status().resumable()) {
			throw new InvalidInputException("Only a stopped or failed bulk issue is resumed.",
					Map.of("id", "It is " + now.statusLabel().toLowerCase() + "."));
		}
		restart(id);
		self.audit(admin.email(), "CERTIFICATE_BULK_RESUMED", id, "at " + now.done() + "/" + now.total());
		return self.get(admin, id);
	}

	/**
	 * Resumes (or starts) every bulk issue that was running when the server
	 * stopped: none of them runs in this JVM yet.
	 */
	@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
	public int recover() {
		int resumed = 0;
		for (long id : self.unfinished()) {
			Long execution = self.executionOf(id);
			try {
				if (execution == null) {
					Properties parameters = new Properties();
					parameters.setProperty("bulkId", Long.toString(id));
					self.started(id, operator().start(JOB, parameters), false);
					resumed++;
				} else {
					BatchStatus status = operator().getJobExecution(execution).getBatchStatus();
					if (status == BatchStatus.STARTING || status == BatchStatus.STARTED
							|| status == BatchStatus.STOPPING) {
						restart(id);
						resumed++;
					}
				}
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "Bulk issue " + id + " could not be resumed", e);
			}
		}
		return resumed;
	}

	private void restart(long id) {
		Properties parameters = new Properties();
		parameters.setProperty("jberet.restart.mode", "detect");
		long execution = operator().restart(self.executionOf(id), parameters);
		self.started(id, execution, true);
		LOG.info(() -> "Bulk issue " + id + " resumed as job execution " + execution);
	}

	/** One bulk issue's progress. */
	public BulkIssueSummary get(AuthenticatedAccount admin, long id) {
		requireAdmin(admin);
		BulkIssue bulk = em.find(BulkIssue.class, id);
		if (bulk == null) {
			throw new RecordNotFoundException("Bulk issue", id);
		}
		return summaries(List.of(bulk)).get(0);
	}

	/**
	 * The bulk issues of an activity (all when {@code activityId} is null), newest
	 * first (the newest 50).
	 */
	public List<BulkIssueSummary> ofActivity(AuthenticatedAccount admin, Long activityId) {
		requireAdmin(admin);
		// Two queries rather than ":a IS NULL OR b.activityId = :a": PostgreSQL types a
		// null parameter as text and refuses to compare it with a bigint.
		var query = activityId == null
				? em.createQuery("SELECT b FROM BulkIssue b ORDER BY b.id DESC", BulkIssue.class)
				: em.createQuery("SELECT b FROM BulkIssue b WHERE b.activityId = :a ORDER BY b.id DESC",
						BulkIssue.class).setParameter("a", activityId);
		return summaries(query.setMaxResults(50).getResultList());
	}

	@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
	public long create(AuthenticatedAccount admin, long activityId, int total) {
		BulkIssue bulk = new BulkIssue(activityId, admin.id(), admin.email(), Instant.now(clock), total);
		em.persist(bulk);
		em.flush();
		audit.record(admin.email(), "CERTIFICATE_BULK_STARTED", RECORD, bulk.id(),
				"activity " + activityId + ", " + total + " pending");
		return bulk.id();
	}

	@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
	public void audit(String actor, String action, long id, String detail) {
		audit.record(actor, action, RECORD, id, detail);
	}

	@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
	public void started(long id, long execution, boolean resumed) {
		BulkIssue bulk = em.find(BulkIssue.class, id);
		if (resumed) {
			bulk.resumedAs(execution);
		} else {
			bulk.startedAs(execution);
		}
	}

	@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
	public Long executionOf(long id) {
		return em.find(BulkIssue.class, id).executionId();
	}

	/** Bulk issues not known to be finished (the newest 200). */
	public List<Long> unfinished() {
		return em.createQuery("SELECT b FROM BulkIssue b ORDER BY b.id DESC", BulkIssue.class).setMaxResults(200)
				.getResultList().stream().filter(b -> status(b).running()).map(BulkIssue::id).toList();
	}

	/**
	 * The progress of bulk issues, in their order: one grouped count of their items
	 * and one query of their activities' titles, whatever their number.
	 */
	private List<BulkIssueSummary> summaries(List<BulkIssue> bulks) {
		if (bulks.isEmpty()) {
			return List.of();
		}
		Map<Long, long[]> counts = new java.util.HashMap<>();
		for (Object[] row : em
				.createQuery("SELECT i.bulkId, i.outcome, COUNT(i) FROM BulkIssueItem i"
						+ " WHERE i.bulkId IN :b GROUP BY i.bulkId, i.outcome", Object[].class)
				.setParameter("b", bulks.stream().map(BulkIssue::id).toList()).getResultList()) {
			long[] byOutcome = counts.computeIfAbsent((Long) row[0],
					k -> new long[BulkIssueItem.Outcome.values().length]);
			byOutcome[((BulkIssueItem.Outcome) row[1]).ordinal()] = ((Number) row[2]).longValue();
		}
		Map<Long, String> titles = activities.titles(bulks.stream().map(BulkIssue::activityId).toList());
		return bulks.stream().map(bulk -> {
			long[] n = counts.getOrDefault(bulk.id(), new long[BulkIssueItem.Outcome.values().length]);
			return new BulkIssueSummary(bulk.id(), bulk.activityId(), titles.get(bulk.activityId()),
					bulk.requestedByEmail(), bulk.requestedAt(), bulk.total(),
					n[BulkIssueItem.Outcome.ISSUED.ordinal()], n[BulkIssueItem.Outcome.LEARNER_MUST_CLAIM.ordinal()],
					n[BulkIssueItem.Outcome.CLAIMED_BEFORE.ordinal()], status(bulk), bulk.resumed());
		}).toList();
	}

	private BulkIssueStatus status(BulkIssue bulk) {
		if (bulk.executionId() == null) {
			return BulkIssueStatus.QUEUED;
		}
		JobExecution execution;
		try {
			execution = operator().getJobExecution(bulk.executionId());
		} catch (NoSuchJobExecutionException e) {
			return BulkIssueStatus.FAILED;
		}
		return switch (execution.getBatchStatus()) {
			case STARTING -> BulkIssueStatus.QUEUED;
			case STARTED ->
				rendering(execution.getExecutionId()) ? BulkIssueStatus.PREPARING_PDFS : BulkIssueStatus.ISSUING;
			case STOPPING -> BulkIssueStatus.ISSUING;
			case COMPLETED -> BulkIssueStatus.DONE;
			case STOPPED -> BulkIssueStatus.STOPPED;
			case FAILED, ABANDONED -> BulkIssueStatus.FAILED;
		};
	}

	private boolean rendering(long execution) {
		List<StepExecution> steps = operator().getStepExecutions(execution);
		return steps.stream().anyMatch(s -> "render".equals(s.getStepName()));
	}

	private static JobOperator operator() {
		return BatchRuntime.getJobOperator();
	}

	private static void requireAdmin(AuthenticatedAccount actor) {
		if (!actor.roles().contains(Role.ADMIN)) {
			throw new NotPermittedException("Only administrators issue certificates in bulk.");
		}
	}
}
