package org.opencme.authoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.authoring.entity.Activity;
import org.opencme.authoring.entity.ActivityFormat;
import org.opencme.authoring.entity.ActivityStatus;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.entity.Role;
import org.opencme.platform.boundary.Clock;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.NotPermittedException;
import org.opencme.platform.boundary.RecordNotFoundException;

/** Designers create and edit draft activities; every change is audited. */
@Stateless
public class ActivityService {

	static final String RECORD = "Activity";

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	AuditLog audit;

	@Inject
	Clock clock;

	public ActivitySummary create(AuthenticatedAccount actor, String title, String summary, ActivityFormat format) {
		if (!actor.roles().contains(Role.DESIGNER) && !actor.roles().contains(Role.ADMIN)) {
			throw new NotPermittedException("Only course designers create activities.");
		}
		validate(title, format);
		Activity activity = new Activity(title.trim(), summary, format, actor.id(), clock.now());
		em.persist(activity);
		em.flush();
		audit.record(actor.email(), "ACTIVITY_CREATED", RECORD, activity.id(), activity.title());
		return ActivitySummary.of(activity);
	}

	/**
	 * Changes title and summary of a draft the actor may edit.
	 * {@code expectedVersion} is the version the editor started from: if someone
	 * saved in between, the edit is refused instead of overwriting theirs.
	 */
	public ActivitySummary describe(AuthenticatedAccount actor, long activityId, long expectedVersion, String title,
			String summary) {
		Activity activity = entity(activityId);
		if (!activity.isEditableBy(actor.id(), actor.roles())) {
			throw new NotPermittedException("You may edit only your own draft activities.");
		}
		if (activity.version() != expectedVersion) {
			throw new StaleEditException(activityId);
		}
		validate(title, activity.format());
		activity.describe(title.trim(), summary, clock.now());
		audit.record(actor.email(), "ACTIVITY_EDITED", RECORD, activityId, activity.title());
		try {
			em.flush();
		} catch (OptimisticLockException e) {
			throw new StaleEditException(activityId);
		}
		return ActivitySummary.of(activity);
	}

	public List<ActivitySummary> ownedBy(long ownerId, ActivityStatus status) {
		return em
				.createQuery("SELECT a FROM Activity a WHERE a.ownerId = :owner AND a.status = :status"
						+ " ORDER BY a.updatedAt DESC, a.id", Activity.class)
				.setParameter("owner", ownerId).setParameter("status", status).getResultList().stream()
				.map(ActivitySummary::of).toList();
	}

	public List<ActivitySummary> published(int first, int max) {
		return em
				.createQuery("SELECT a FROM Activity a WHERE a.status = :status ORDER BY a.title, a.id", Activity.class)
				.setParameter("status", ActivityStatus.PUBLISHED).setFirstResult(first).setMaxResults(max)
				.getResultList().stream().map(ActivitySummary::of).toList();
	}

	public ActivitySummary find(long id) {
		return ActivitySummary.of(entity(id));
	}

	private Activity entity(long id) {
		Activity activity = em.find(Activity.class, id);
		if (activity == null) {
			throw new RecordNotFoundException(RECORD, id);
		}
		return activity;
	}

	private static void validate(String title, ActivityFormat format) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (title == null || title.isBlank() || title.trim().length() > 300) {
			errors.put("title", "Give the activity a title of at most 300 characters.");
		}
		if (format == null) {
			errors.put("format", "Choose a format.");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The activity has errors.", errors);
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
