package org.opencme.learning.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.opencme.platform.boundary.InvalidInputException;

/**
 * How many minutes a learner may attest: at most what the module allows and
 * never more than the time that has passed since they enrolled (counting the
 * minute begun), so an attestation made a minute after enrolling cannot claim
 * ten hours. At least one minute is attested.
 */
public final class AttestationRules {

	/** The module's maximum when the designer sets none. */
	public static final int DEFAULT_MAX_MINUTES = 600;

	private AttestationRules() {
	}

	public static int maxMinutes(Integer moduleMax, Instant enrolledAt, Instant now) {
		int max = moduleMax == null ? DEFAULT_MAX_MINUTES : moduleMax;
		long elapsed = Math.max(0, Duration.between(enrolledAt, now).toMinutes()) + 1;
		return (int) Math.min(max, elapsed);
	}

	/**
	 * Refuses {@code minutes} outside 1 .. {@link #maxMinutes} (both included).
	 *
	 * @throws InvalidInputException
	 *             naming {@code minutes}, with the bounds
	 */
	public static void requireAttestable(int minutes, Integer moduleMax, Instant enrolledAt, Instant now) {
		int max = maxMinutes(moduleMax, enrolledAt, now);
		if (minutes <= 0 || minutes > max) {
			throw new InvalidInputException("Attest between 1 and " + max + " minutes.", Map.of("minutes",
					"Between 1 and " + max + " minutes (at most the module's limit and the time since you enrolled)."));
		}
	}
}
