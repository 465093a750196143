package org.opencme.content.pkg;

/**
 * Answer shapes; single choice and true/false have exactly one correct option.
 */
public enum QuestionType {
	SINGLE_CHOICE("Single choice"), MULTIPLE_CHOICE("Multiple choice"), TRUE_FALSE("True or false");

	private final String label;

	QuestionType(String label) {
		this.label = label;
	}

	/** What people read; the name is what is stored and exchanged. */
	public String label() {
		return label;
	}
}
