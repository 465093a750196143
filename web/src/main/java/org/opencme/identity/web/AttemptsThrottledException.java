package org.opencme.identity.web;

import java.time.Duration;

/**
 * Too many wrong passwords from this address for this account: the attempt was
 * not checked. The API answers 429 with {@code Retry-After}, pages say how long
 * to wait.
 */
public class AttemptsThrottledException extends RuntimeException {

	private static final long serialVersionUID = 1L;
	private final Duration wait;

	public AttemptsThrottledException(Duration wait) {
		super("Too many attempts, try again in " + OpenCmeAuthenticationMechanism.waitText(wait) + ".");
		this.wait = wait;
	}

	public Duration waitFor() {
		return wait;
	}
}
