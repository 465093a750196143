package org.opencme.content.search;

/**
 * A catalog query outside what the index serves: negative page, size out of
 * range, or a page too deep.
 */
public class InvalidCatalogQueryException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InvalidCatalogQueryException(String message) {
		super(message);
	}
}
