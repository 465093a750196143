package org.opencme.media.boundary;

import java.util.Map;
import org.opencme.platform.boundary.DomainException;

/**
 * An upload that is not a kind OpenCME stores, or is too large for its kind.
 */
public class MediaRejectedException extends DomainException {

	private static final long serialVersionUID = 1L;

	public MediaRejectedException(String field, String message) {
		super(Kind.INVALID, message, Map.of(field, message));
	}
}
