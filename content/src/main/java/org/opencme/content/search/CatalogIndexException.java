package org.opencme.content.search;

/**
 * The catalog index could not be read or written (I/O failure, locked by
 * another process, closed). Not thrown for a missing or corrupt index at open:
 * that is reported by {@link CatalogIndex#health()}.
 */
public class CatalogIndexException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CatalogIndexException(String message, Throwable cause) {
		super(message, cause);
	}

	public CatalogIndexException(String message) {
		super(message);
	}
}
