package org.opencme.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The time, from one place, so rules never call {@code Instant.now()} directly.
 */
@ApplicationScoped
public class Clock {

	/** The accredited provider's date now ({@link ProviderCalendar}). */
	public LocalDate today() {
		return ProviderCalendar.dateOf(now());
	}

	public Instant now() {
		return Instant.now();
	}
}
