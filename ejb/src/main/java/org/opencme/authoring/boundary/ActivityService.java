package org.opencme.authoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.opencme.authoring.entity.Activity;
import org.opencme.authoring.entity.ActivityStatus;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.boundary.RecordNotFoundException;

/** Lists of activities: a designer's own, those in review, the live ones. */
@Stateless
public class ActivityService {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

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

	public ActivitySummary find(long id) {
		Activity activity = em.find(Activity.class, id);
		if (activity == null) {
			throw new RecordNotFoundException("Activity", id);
		}
		return ActivitySummary.of(activity);
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
