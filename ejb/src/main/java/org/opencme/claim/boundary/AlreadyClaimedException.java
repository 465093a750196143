package org.opencme.claim.boundary;

import org.opencme.platform.boundary.DomainException;

/**
 * The same credit was claimed for this enrolment at the same moment (another
 * tab, a double submit, a retry): the first claim stands, this one stored
 * nothing.
 */
public class AlreadyClaimedException extends DomainException {

	private static final long serialVersionUID = 1L;

	public AlreadyClaimedException(long enrollmentId) {
		super(Kind.CONFLICT, "This credit was claimed for enrolment " + enrollmentId
				+ " a moment ago (another tab or a repeated request); your certificate is on My certificates.");
	}
}
