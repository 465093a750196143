package org.opencme.authoring.boundary;

/**
 * What one account may do with one activity, as {@code ActivityAccess} decides
 * it: pages show or disable their actions from this, so they never offer what
 * the services would refuse.
 */
public record ActivityPermissions(boolean read, boolean edit, boolean share, boolean schedule, boolean retire,
		boolean review) {
}
