package org.opencme.catalog.boundary;

import org.opencme.platform.boundary.DomainException;

/** A rebuild was asked for while one is still running. */
public class RebuildRunningException extends DomainException {

	private static final long serialVersionUID = 1L;

	public RebuildRunningException(RebuildProgress running) {
		super(Kind.CONFLICT, "A rebuild of the search index is already running (asked for by " + running.requestedBy()
				+ "); wait for it to finish.");
	}
}
