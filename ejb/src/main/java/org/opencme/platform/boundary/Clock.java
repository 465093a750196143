package org.opencme.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The time, from one place, so rules never call {@code Instant.now()} directly.
 */
@ApplicationScoped
public class Clock {

	public Instant now() {
		return Instant.now();
	}
}
