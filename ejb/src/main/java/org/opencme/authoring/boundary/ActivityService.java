package org.opencme.authoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencme.authoring.control.Activities;
import org.opencme.authoring.control.ActivityAccess;
import org.opencme.authoring.entity.Activity;
import org.opencme.authoring.entity.ActivityStatus;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.SessionModuleSpec;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.boundary.NotPermittedException;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * Reading activities: one as it is shown (the live version, or the working copy
 * to those who may read it), lists (a designer's own, those in review, the live
 * ones), and what an account may do with one.
 */
@Stateless
public class ActivityService {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	WorkingCopyService workingCopies;

	@Inject
	VersionService versions;

	/**
	 * The activity as it is shown: the live version to anyone; otherwise the
	 * working copy to those who may read it. Others get "not found", so drafts stay
	 * private.
	 */
	public ActivityDetail detail(Optional<AuthenticatedAccount> caller, long activityId) {
		Activity activity = Activities.require(em, activityId);
		ActivitySummary summary = ActivitySummary.of(activity);
		if (activity.isLive()) {
			return ActivityDetail.of(summary, activity.liveVersionNo(),
					versions.version(activityId, activity.liveVersionNo()));
		}
		if (caller.isEmpty() || !ActivityAccess.mayRead(caller.get(), activity)) {
			throw new RecordNotFoundException(WorkingCopyService.RECORD, activityId);
		}
		return ActivityDetail.of(summary, null, workingCopies.draft(caller.get(), activityId));
	}

	/** The activity's summary for those who may read its working copy. */
	public ActivitySummary detailSummary(AuthenticatedAccount actor, long activityId) {
		Activity activity = Activities.require(em, activityId);
		requireReader(actor, activity);
		return ActivitySummary.of(activity);
	}

	/**
	 * The working copy as a learner would see it, for the designer's and the
	 * reviewer's preview.
	 */
	public ActivityDetail preview(AuthenticatedAccount actor, long activityId) {
		Activity activity = Activities.require(em, activityId);
		requireReader(actor, activity);
		return ActivityDetail.of(ActivitySummary.of(activity), null, workingCopies.draft(actor, activityId));
	}

	/** What {@code actor} may do with the activity. */
	public ActivityPermissions permissions(AuthenticatedAccount actor, long activityId) {
		Activity a = Activities.require(em, activityId);
		return new ActivityPermissions(ActivityAccess.mayRead(actor, a), ActivityAccess.mayEdit(actor, a),
				ActivityAccess.mayShare(actor, a), ActivityAccess.maySchedule(actor, a),
				ActivityAccess.mayRetire(actor, a), ActivityAccess.mayReview(actor, a));
	}

	/**
	 * Attendance's one question to authoring: may this account schedule (and
	 * cancel) sessions of this activity? Its authors who are course designers, and
	 * administrators.
	 *
	 * @throws NotPermittedException
	 *             when not
	 * @throws RecordNotFoundException
	 *             for a missing activity
	 */
	public void requireScheduler(AuthenticatedAccount actor, long activityId) {
		if (!ActivityAccess.maySchedule(actor, Activities.require(em, activityId))) {
			throw new NotPermittedException("Only the activity's authors and administrators schedule its sessions.");
		}
	}

	/**
	 * The live and proctored session modules of an activity (key → title), for
	 * scheduling its sessions: only those who may schedule read them.
	 */
	public Map<String, String> sessionModules(AuthenticatedAccount actor, long activityId) {
		requireScheduler(actor, activityId);
		Map<String, String> modules = new LinkedHashMap<>();
		for (ModuleSpec module : workingCopies.draft(actor, activityId).manifest().modules()) {
			if (module instanceof SessionModuleSpec session) {
				modules.put(session.key(), session.title());
			}
		}
		return modules;
	}

	public List<ActivitySummary> ownedBy(long userId, ActivityStatus status) {
		return em
				.createQuery("SELECT DISTINCT a FROM Activity a LEFT JOIN a.coauthors c"
						+ " WHERE (a.ownerId = :user OR c = :user) AND a.status = :status ORDER BY a.updatedAt DESC",
						Activity.class)
				.setParameter("user", userId).setParameter("status", status).getResultList().stream()
				.map(ActivitySummary::of).toList();
	}

	/** Activities waiting for review that this reviewer did not author. */
	public List<ActivitySummary> awaitingReview(long reviewerId) {
		return em.createQuery("SELECT a FROM Activity a WHERE a.status = :status ORDER BY a.updatedAt", Activity.class)
				.setParameter("status", ActivityStatus.IN_REVIEW).getResultList().stream()
				.filter(a -> !a.isAuthor(reviewerId)).map(ActivitySummary::of).toList();
	}

	/**
	 * Live activities: a published version exists and the activity is not retired.
	 */
	public List<ActivitySummary> live(int first, int max) {
		return em
				.createQuery("SELECT a FROM Activity a WHERE a.liveVersionNo IS NOT NULL AND a.status <> :retired"
						+ " ORDER BY a.title, a.id", Activity.class)
				.setParameter("retired", ActivityStatus.RETIRED).setFirstResult(first).setMaxResults(max)
				.getResultList().stream().map(ActivitySummary::of).toList();
	}

	public List<Long> liveIds() {
		return em.createQuery("SELECT a.id FROM Activity a WHERE a.liveVersionNo IS NOT NULL AND a.status <> :retired",
				Long.class).setParameter("retired", ActivityStatus.RETIRED).getResultList();
	}

	/**
	 * The titles of activities by id, in one query ("Activity N" for an id that
	 * names none).
	 */
	public Map<Long, String> titles(java.util.Collection<Long> ids) {
		Map<Long, String> titles = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return titles;
		}
		for (Object[] row : em.createQuery("SELECT a.id, a.title FROM Activity a WHERE a.id IN :ids", Object[].class)
				.setParameter("ids", java.util.Set.copyOf(ids)).getResultList()) {
			titles.put((Long) row[0], (String) row[1]);
		}
		for (long id : ids) {
			titles.putIfAbsent(id, "Activity " + id);
		}
		return titles;
	}

	public ActivitySummary find(long id) {
		return ActivitySummary.of(Activities.require(em, id));
	}

	private static void requireReader(AuthenticatedAccount actor, Activity activity) {
		if (!ActivityAccess.mayRead(actor, activity)) {
			throw new NotPermittedException("Only designers and administrators read working copies.");
		}
	}

	/** Someone else saved the activity after this editor loaded it. */
	public static class StaleEditException extends DomainException {
		private static final long serialVersionUID = 1L;

		public StaleEditException(long id) {
			super(Kind.CONFLICT, "Activity " + id + " was changed by someone else since you opened it. "
					+ "Reload to see their changes; your text is kept in the form.");
		}
	}
}
