package org.opencme.content.pkg;

/** When a learner sees whether an answer was right and why. */
public enum FeedbackTiming {
	IMMEDIATE("After each answer"), AFTER_SUBMIT("After the attempt is submitted"), AFTER_PASS(
			"After the quiz is passed"), NEVER("Never");

	private final String label;

	FeedbackTiming(String label) {
		this.label = label;
	}

	/** What people read; the name is what is stored and exchanged. */
	public String label() {
		return label;
	}
}
