package org.opencme.certification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.opencme.platform.boundary.RequestLimit;

/**
 * Verification codes cannot be counted through: a client address gets
 * {@value #ALLOWED} lookups of unknown codes per {@value #MINUTES} minutes;
 * after that every lookup from it waits until the window ends. Lookups of
 * genuine codes (a board clerk checking certificates) are not counted.
 */
@ApplicationScoped
public class VerificationGuesses {

	static final int ALLOWED = 20;
	static final int MINUTES = 10;

	@Inject
	Clock clock;

	private volatile RequestLimit misses;

	private RequestLimit misses() {
		RequestLimit m = misses;
		if (m == null) {
			synchronized (this) {
				if (misses == null) {
					misses = new RequestLimit(() -> Instant.now(clock), ALLOWED, Duration.ofMinutes(MINUTES));
				}
				m = misses;
			}
		}
		return m;
	}

	/**
	 * Counts a miss of {@code address}; zero when it may go on, else how long it
	 * must wait.
	 */
	public Duration miss(String address) {
		return misses().admit(address);
	}

	/** How long {@code address} must wait before its next lookup, if at all. */
	public Duration waitFor(String address) {
		return misses().pending(address);
	}
}
