package org.opencme.content.search;

/**
 * Synonym rules (Solr format) that cannot be parsed; the message names the
 * offending rule where known.
 */
public class InvalidSynonymRulesException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InvalidSynonymRulesException(String message, Throwable cause) {
		super(message, cause);
	}
}
