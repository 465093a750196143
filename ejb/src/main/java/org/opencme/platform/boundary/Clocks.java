package org.opencme.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The application's one source of time. Every bean that needs "now" injects
 * {@link Clock} and reads it through {@code Instant.now(clock)} or
 * {@link ProviderCalendar#today(Clock)}; nothing calls {@code Instant.now()} on
 * its own, so a test can move the time of the whole application at once. The
 * clock is the system clock in UTC: instants are stored in UTC, and dates that
 * decide something are the provider's ({@link ProviderCalendar}), never the
 * clock's zone. Dependent, not application scoped: the system clock holds no
 * state, and a plain {@code Clock} needs no proxy in view-scoped beans.
 * <p>
 * The product ships only this clock. The integration tests replace it with a
 * movable one, an {@code @Alternative @Priority} bean in a library jar that
 * only their deployment adds to the EAR (see {@code docs/testing.md}).
 */
@ApplicationScoped
public class Clocks {

	@Produces
	Clock clock() {
		return Clock.systemUTC();
	}
}
