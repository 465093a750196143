package org.opencme.certification.control;

/** A certificate could not be rendered: a broken template or an I/O failure. */
public class CertificateRenderingException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CertificateRenderingException(String message) {
		super(message);
	}

	public CertificateRenderingException(String message, Throwable cause) {
		super(message, cause);
	}
}
