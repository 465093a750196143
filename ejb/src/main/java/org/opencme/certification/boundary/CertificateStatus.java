package org.opencme.certification.boundary;

/** Whether a certificate stands; {@link #label()} is what people read. */
public enum CertificateStatus {
	VALID("Valid"), REVOKED("Revoked"), SUPERSEDED("Superseded by a reissued certificate");

	private final String label;

	CertificateStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
