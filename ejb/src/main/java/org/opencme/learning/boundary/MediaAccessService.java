package org.opencme.learning.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.opencme.authoring.boundary.MediaHolder;
import org.opencme.authoring.boundary.VersionService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.learning.control.MediaAccessPolicy;
import org.opencme.learning.control.MediaAccessPolicy.EnrolledVersion;

/**
 * The one question the media servlet asks: may this caller fetch this stored
 * file? Gathers which activities hold the file (authoring) and the caller's
 * enrolments in them, and lets {@link MediaAccessPolicy} decide.
 */
@Stateless
public class MediaAccessService {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	VersionService versions;

	public boolean mayRead(Optional<AuthenticatedAccount> caller, String sha256) {
		if (caller.isEmpty()) {
			return false;
		}
		AuthenticatedAccount account = caller.get();
		List<MediaHolder> holders = versions.mediaHolders(sha256);
		List<Long> activityIds = holders.stream().map(MediaHolder::activityId).distinct().toList();
		List<EnrolledVersion> enrolled = activityIds.isEmpty()
				? List.of()
				: em.createQuery("SELECT e.activityId, e.versionNo FROM Enrollment e"
						+ " WHERE e.learnerId = :learner AND e.activityId IN :activities", Object[].class)
						.setParameter("learner", account.id()).setParameter("activities", activityIds).getResultList()
						.stream()
						.map(row -> new EnrolledVersion(((Number) row[0]).longValue(), ((Number) row[1]).intValue()))
						.toList();
		return MediaAccessPolicy.mayRead(account.id(), account.roles(), holders, enrolled);
	}
}
