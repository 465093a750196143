package org.opencme.content.pkg;

/**
 * Answer shapes; single choice and true/false have exactly one correct option.
 */
public enum QuestionType {
	SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE
}
