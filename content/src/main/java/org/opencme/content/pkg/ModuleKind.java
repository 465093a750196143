package org.opencme.content.pkg;

/**
 * The kinds of step an activity is made of; each has its own {@link ModuleSpec}
 * record.
 */
public enum ModuleKind {
	CONTENT("Text page"), VIDEO("Video"), DOCUMENT("Document (PDF)"), QUIZ("Quiz"), EVALUATION(
			"Evaluation"), ATTESTATION(
					"Time attestation"), LIVE_SESSION("Live session"), PROCTORED_SESSION("Proctored session");

	private final String label;

	ModuleKind(String label) {
		this.label = label;
	}

	/** What people read; the name is what is stored and exchanged. */
	public String label() {
		return label;
	}
}
