package org.opencme.content.pkg;

/** When a learner sees whether an answer was right and why. */
public enum FeedbackTiming {
	IMMEDIATE, AFTER_SUBMIT, AFTER_PASS, NEVER
}
