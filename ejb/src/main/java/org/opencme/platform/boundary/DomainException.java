package org.opencme.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A domain rule said no. Rolls the transaction back, so a refused request
 * leaves nothing behind. The {@link Kind} tells the web layer which HTTP status
 * and message to show; {@link #fieldErrors()} names each invalid input field.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public enum Kind {
		INVALID, NOT_FOUND, CONFLICT, FORBIDDEN,
		/** The request is well formed, but details it depends on are missing (422). */
		MISSING_DETAILS,
		/** Too many requests of this kind from the caller for now (429). */
		TOO_MANY
	}

	private final Kind kind;
	private final Map<String, String> fieldErrors;

	protected DomainException(Kind kind, String message, Map<String, String> fieldErrors) {
		super(message);
		this.kind = kind;
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	protected DomainException(Kind kind, String message) {
		this(kind, message, Map.of());
	}

	public Kind kind() {
		return kind;
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}
}
