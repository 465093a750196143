package org.opencme.certification.boundary;

import java.time.Duration;
import org.opencme.platform.boundary.DomainException;

/** Too many unknown verification codes from one client address. */
public class TooManyGuessesException extends DomainException {

	private static final long serialVersionUID = 1L;

	private final long retryAfterSeconds;

	public TooManyGuessesException(Duration wait) {
		super(Kind.TOO_MANY, "Too many unknown certificate codes from your address; try again in "
				+ Math.max(1, (wait.toSeconds() + 59) / 60) + " minute(s).");
		this.retryAfterSeconds = Math.max(1, wait.toSeconds());
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
