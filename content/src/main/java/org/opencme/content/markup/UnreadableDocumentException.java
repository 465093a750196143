package org.opencme.content.markup;

/**
 * An uploaded document could not be turned into text: it is not a PDF, it is
 * damaged or encrypted, or it is larger than the extraction limit. The
 * {@link Reason} lets a caller tell the designer what to fix.
 */
public class UnreadableDocumentException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why the document was refused. */
	public enum Reason {
		NOT_A_PDF, DAMAGED, ENCRYPTED, TOO_LARGE
	}

	private final Reason reason;

	public UnreadableDocumentException(Reason reason, String message) {
		this(reason, message, null);
	}

	public UnreadableDocumentException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
