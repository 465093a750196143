package org.opencme.authoring.boundary;

/** An activity was retired: learners can no longer find it. */
public record ActivityRetired(long activityId) {
}
