package org.opencme.platform.boundary;

/** The caller has the wrong role or does not own the record. */
public class NotPermittedException extends DomainException {

	private static final long serialVersionUID = 1L;

	public NotPermittedException(String message) {
		super(Kind.FORBIDDEN, message);
	}
}
