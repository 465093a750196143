package org.opencme.authoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.authoring.control.Activities;
import org.opencme.authoring.control.ActivityAccess;
import org.opencme.authoring.entity.Activity;
import org.opencme.authoring.entity.ActivityVersion;
import org.opencme.authoring.entity.ReviewEvent;
import org.opencme.content.pkg.PackageProblem;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.NotPermittedException;

/**
 * The review workflow DRAFT → IN_REVIEW → PUBLISHED → RETIRED. Approving
 * freezes a new immutable version; every step is a review event and an audit
 * entry, and publishing or retiring is announced after commit.
 */
@Stateless
public class ReviewService {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	WorkingCopyService workingCopies;

	@Inject
	VersionService versions;

	@Inject
	AuditLog audit;

	@Inject
	Clock clock;

	@Inject
	Event<ActivityPublished> published;

	@Inject
	Event<ActivityRetired> retired;

	/**
	 * An author submits a complete working copy; if anything is missing, every
	 * problem is named.
	 */
	public ActivitySummary submit(AuthenticatedAccount actor, long activityId) {
		Activity activity = Activities.require(em, activityId);
		if (!ActivityAccess.mayEdit(actor, activity)) {
			throw new NotPermittedException("Only an author submits an activity for review.");
		}
		List<PackageProblem> problems = workingCopies.problems(actor, activityId);
		if (!problems.isEmpty()) {
			Map<String, String> errors = problems.stream().collect(Collectors.toMap(PackageProblem::path,
					PackageProblem::message, (a, b) -> a + "; " + b, java.util.LinkedHashMap::new));
			throw new InvalidInputException(
					"The activity is not complete yet: " + problems.size() + " problem(s) to fix before review.",
					errors);
		}
		activity.submit(Instant.now(clock));
		log(actor, activity, ReviewEvent.Action.SUBMITTED, null);
		return ActivitySummary.of(activity);
	}

	/**
	 * Another designer or an administrator approves: the working copy becomes the
	 * next published version.
	 */
	public ActivitySummary approve(AuthenticatedAccount reviewer, long activityId) {
		Activity activity = reviewable(reviewer, activityId);
		int next = versions.versions(activityId).size() + 1;
		activity.approve(next, Instant.now(clock));
		em.persist(new ActivityVersion(activity, next, reviewer.id(), Instant.now(clock)));
		log(reviewer, activity, ReviewEvent.Action.APPROVED, "version " + next);
		published.fire(new ActivityPublished(activityId, next));
		return ActivitySummary.of(activity);
	}

	public ActivitySummary returnForChanges(AuthenticatedAccount reviewer, long activityId, String comment) {
		if (comment != null && comment.trim().length() > 4000) {
			throw new InvalidInputException("The comment is too long.", Map.of("comment", "At most 4000 characters."));
		}
		if (comment == null || comment.isBlank()) {
			throw new InvalidInputException("Say what to change.",
					Map.of("comment", "Tell the author what to change."));
		}
		Activity activity = reviewable(reviewer, activityId);
		activity.returnForChanges(comment.trim(), Instant.now(clock));
		log(reviewer, activity, ReviewEvent.Action.RETURNED, comment.trim());
		return ActivitySummary.of(activity);
	}

	/**
	 * An author or an administrator retires a published activity; its versions stay
	 * for audits.
	 */
	public ActivitySummary retire(AuthenticatedAccount actor, long activityId) {
		Activity activity = Activities.require(em, activityId);
		if (!ActivityAccess.mayRetire(actor, activity)) {
			throw new NotPermittedException("Only an author or an administrator retires an activity.");
		}
		activity.retire(Instant.now(clock));
		log(actor, activity, ReviewEvent.Action.RETIRED, null);
		retired.fire(new ActivityRetired(activityId));
		return ActivitySummary.of(activity);
	}

	public List<ReviewEvent> history(long activityId) {
		return em.createQuery("SELECT e FROM ReviewEvent e WHERE e.activityId = :id ORDER BY e.occurredAt, e.id",
				ReviewEvent.class).setParameter("id", activityId).getResultList();
	}

	private Activity reviewable(AuthenticatedAccount reviewer, long activityId) {
		Activity activity = Activities.require(em, activityId);
		if (!ActivityAccess.mayReview(reviewer, activity)) {
			throw new NotPermittedException(
					"Another designer or an administrator reviews an activity, never its author.");
		}
		return activity;
	}

	private void log(AuthenticatedAccount actor, Activity activity, ReviewEvent.Action action, String comment) {
		em.persist(new ReviewEvent(activity.id(), action, actor.id(), comment, Instant.now(clock)));
		audit.record(actor.email(), "ACTIVITY_" + action.name(), WorkingCopyService.RECORD, activity.id(),
				comment == null ? activity.title() : comment);
	}
}
