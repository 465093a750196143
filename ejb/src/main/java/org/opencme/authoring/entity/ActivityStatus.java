package org.opencme.authoring.entity;

/** The review workflow: DRAFT → IN_REVIEW → PUBLISHED → RETIRED. */
public enum ActivityStatus {
	DRAFT, IN_REVIEW, PUBLISHED, RETIRED
}
