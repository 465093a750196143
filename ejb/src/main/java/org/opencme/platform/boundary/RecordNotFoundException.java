package org.opencme.platform.boundary;

/**
 * The record asked for does not exist (or the caller may not know that it
 * does).
 */
public class RecordNotFoundException extends DomainException {

	private static final long serialVersionUID = 1L;

	public RecordNotFoundException(String recordType, Object id) {
		super(Kind.NOT_FOUND, recordType + " " + id + " was not found.");
	}

	/** With a message of its own, e.g. "No such certificate." */
	public RecordNotFoundException(String message) {
		super(Kind.NOT_FOUND, message);
	}
}
