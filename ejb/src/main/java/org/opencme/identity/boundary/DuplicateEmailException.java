package org.opencme.identity.boundary;

import java.util.Map;
import org.opencme.platform.boundary.DomainException;

/** An account with this e-mail address exists already. */
public class DuplicateEmailException extends DomainException {

	private static final long serialVersionUID = 1L;

	public DuplicateEmailException(String email) {
		super(Kind.CONFLICT, "An account with the e-mail address " + email + " exists already.",
				Map.of("email", "An account with this e-mail address exists already."));
	}
}
