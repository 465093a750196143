package org.opencme.authoring.boundary;

/**
 * A version of an activity went live; observed after the transaction commits
 * (catalog index).
 */
public record ActivityPublished(long activityId, int versionNo) {
}
