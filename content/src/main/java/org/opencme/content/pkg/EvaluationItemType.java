package org.opencme.content.pkg;

/** Evaluation items: a five-point agreement scale or free text. */
public enum EvaluationItemType {
	LIKERT, FREE_TEXT
}
