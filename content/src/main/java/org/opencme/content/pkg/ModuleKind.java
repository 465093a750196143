package org.opencme.content.pkg;

/**
 * The kinds of step an activity is made of; each has its own {@link ModuleSpec}
 * record.
 */
public enum ModuleKind {
	CONTENT, VIDEO, DOCUMENT, QUIZ, EVALUATION, ATTESTATION, LIVE_SESSION, PROCTORED_SESSION
}
