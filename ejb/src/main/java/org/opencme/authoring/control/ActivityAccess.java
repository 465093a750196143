package org.opencme.authoring.control;

import java.util.Set;
import org.opencme.authoring.entity.Activity;
import org.opencme.authoring.entity.ActivityStatus;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.Role;

/**
 * Who may do what with an activity: the one place the authoring rules of access
 * live. Every authoring boundary asks here, and pages ask through
 * {@code ActivityService.permissions}, so a page never offers what the service
 * would refuse.
 *
 * <ul>
 * <li><b>create</b>: course designers and administrators;</li>
 * <li><b>read the working copy</b>: its authors, every course designer (they
 * review each other's work) and administrators;</li>
 * <li><b>edit</b>: its authors who are course designers, and administrators,
 * while it is a draft or published (an edit of a published activity starts a
 * new draft), never while in review or retired;</li>
 * <li><b>share</b> (add co-authors): the owner and administrators;</li>
 * <li><b>schedule sessions and retire</b>: its authors who are course
 * designers, and administrators;</li>
 * <li><b>review</b>: another course designer or an administrator, never one of
 * its authors.</li>
 * </ul>
 */
public final class ActivityAccess {

	private ActivityAccess() {
	}

	public static boolean mayCreate(AuthenticatedAccount actor) {
		return isDesigner(actor.roles()) || isAdmin(actor.roles());
	}

	public static boolean mayRead(AuthenticatedAccount actor, Activity activity) {
		return activity.isAuthor(actor.id()) || isDesigner(actor.roles()) || isAdmin(actor.roles());
	}

	public static boolean mayEdit(AuthenticatedAccount actor, Activity activity) {
		boolean open = activity.status() == ActivityStatus.DRAFT || activity.status() == ActivityStatus.PUBLISHED;
		return open && isDesignerAuthorOrAdmin(actor, activity);
	}

	public static boolean mayShare(AuthenticatedAccount actor, Activity activity) {
		return isAdmin(actor.roles()) || activity.ownerId() == actor.id();
	}

	public static boolean maySchedule(AuthenticatedAccount actor, Activity activity) {
		return isDesignerAuthorOrAdmin(actor, activity);
	}

	public static boolean mayRetire(AuthenticatedAccount actor, Activity activity) {
		return isDesignerAuthorOrAdmin(actor, activity);
	}

	public static boolean mayReview(AuthenticatedAccount actor, Activity activity) {
		return (isDesigner(actor.roles()) || isAdmin(actor.roles())) && !activity.isAuthor(actor.id());
	}

	private static boolean isDesignerAuthorOrAdmin(AuthenticatedAccount actor, Activity activity) {
		return isAdmin(actor.roles()) || isDesigner(actor.roles()) && activity.isAuthor(actor.id());
	}

	private static boolean isAdmin(Set<Role> roles) {
		return roles.contains(Role.ADMIN);
	}

	private static boolean isDesigner(Set<Role> roles) {
		return roles.contains(Role.DESIGNER);
	}
}
