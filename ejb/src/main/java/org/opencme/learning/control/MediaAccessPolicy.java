package org.opencme.learning.control;

import java.util.Collection;
import java.util.Set;
import org.opencme.authoring.boundary.MediaHolder;
import org.opencme.identity.boundary.Role;

/**
 * Who may fetch a stored file: the people who may see the content of an
 * activity that holds it. A published version's files go to the learners
 * enrolled in that version and to the activity's staff; a working copy's files
 * only to its staff. Staff are the authors (owner and co-authors), reviewers
 * (course designers, who read every working copy) and administrators. Anonymous
 * callers get nothing, whatever the activity costs.
 */
public final class MediaAccessPolicy {

	/** A learner's enrolment: the activity and the version it is pinned to. */
	public record EnrolledVersion(long activityId, int versionNo) {
	}

	private MediaAccessPolicy() {
	}

	/**
	 * @param callerId
	 *            the signed-in caller, or null for an anonymous one
	 * @param enrolled
	 *            the caller's enrolments in the holders' activities
	 */
	public static boolean mayRead(Long callerId, Set<Role> roles, Collection<MediaHolder> holders,
			Collection<EnrolledVersion> enrolled) {
		if (callerId == null || holders.isEmpty()) {
			return false;
		}
		if (roles.contains(Role.ADMIN) || roles.contains(Role.DESIGNER)) {
			return true;
		}
		return holders.stream().anyMatch(h -> h.isAuthor(callerId)
				|| h.versionNo() != null && enrolled.contains(new EnrolledVersion(h.activityId(), h.versionNo())));
	}
}
