package org.opencme.content.pkg;

/**
 * A pre-test measures a baseline and never blocks completion; a post-test's
 * pass mark can.
 */
public enum QuizRole {
	PRE_TEST("Pre-test"), POST_TEST("Post-test");

	private final String label;

	QuizRole(String label) {
		this.label = label;
	}

	/** What people read; the name is what is stored and exchanged. */
	public String label() {
		return label;
	}
}
