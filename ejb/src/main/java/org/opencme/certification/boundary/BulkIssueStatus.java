package org.opencme.certification.boundary;

/** Where a bulk issue stands, in people's words. */
public enum BulkIssueStatus {
	QUEUED("Waiting to start"), ISSUING("Issuing certificates"), PREPARING_PDFS("Preparing the PDFs"), DONE(
			"Done"), STOPPED("Stopped (resume to go on)"), FAILED("Failed (resume to try again)");

	private final String label;

	BulkIssueStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the job is working on it (or will, once started). */
	public boolean running() {
		return this == QUEUED || this == ISSUING || this == PREPARING_PDFS;
	}

	/** Whether an administrator may resume it. */
	public boolean resumable() {
		return this == STOPPED || this == FAILED;
	}
}
