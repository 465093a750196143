package org.opencme.content.pkg;

/**
 * A pre-test measures a baseline and never blocks completion; a post-test's
 * pass mark can.
 */
public enum QuizRole {
	PRE_TEST, POST_TEST
}
