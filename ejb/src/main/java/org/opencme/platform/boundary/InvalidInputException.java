package org.opencme.platform.boundary;

import java.util.Map;

/**
 * Input that breaks a rule; every offending field is named with what is wrong
 * with it.
 */
public class InvalidInputException extends DomainException {

	private static final long serialVersionUID = 1L;

	public InvalidInputException(String message, Map<String, String> fieldErrors) {
		super(Kind.INVALID, message, fieldErrors);
	}
}
