package org.opencme.content.pkg;

/** Evaluation items: a five-point agreement scale or free text. */
public enum EvaluationItemType {
	LIKERT("Agreement scale (1 to 5)"), FREE_TEXT("Free text");

	private final String label;

	EvaluationItemType(String label) {
		this.label = label;
	}

	/** What people read; the name is what is stored and exchanged. */
	public String label() {
		return label;
	}
}
