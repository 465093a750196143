package org.opencme.authoring.entity;

import org.opencme.platform.boundary.DomainException;

/** A workflow step that the activity's current status does not allow. */
public class WorkflowException extends DomainException {

	private static final long serialVersionUID = 1L;

	public WorkflowException(String message) {
		super(Kind.CONFLICT, message);
	}
}
