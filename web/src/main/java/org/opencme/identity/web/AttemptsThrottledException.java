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
		this("Too many attempts, try again in " + OpenCmeAuthenticationMechanism.waitText(wait) + ".", wait);
	}

	private AttemptsThrottledException(String message, Duration wait) {
		super(message);
		this.wait = wait;
	}

	/** Too many forgotten-password requests from one address. */
	public static AttemptsThrottledException resetRequests(Duration wait) {
		return new AttemptsThrottledException("Too many requests for a reset link from this network. Try again in "
				+ OpenCmeAuthenticationMechanism.waitText(wait) + ".", wait);
	}

	public Duration waitFor() {
		return wait;
	}
}
