package org.opencme.it.clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The integration tests' clock: the system clock plus an offset a test moves,
 * so a test can let a quiz's ten minutes pass at once instead of rewriting
 * stored times. As an enabled alternative it replaces the product's clock
 * ({@code platform.boundary.Clocks}) for the whole application, the EJB module
 * included, but only in a deployment that contains it: {@code Deployments} adds
 * it to the EAR's {@code lib/} in a jar of its own, and the product's EAR never
 * has it. Application scoped, so every bean and the test see one offset; the
 * clocks {@link #withZone} returns share it too. At offset zero it is the
 * system clock. The ITs share one server and the tests of a class share its
 * deployment, so a test that moves the clock moves it back in
 * {@code @AfterEach} ({@link #reset()}).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MovableClock extends Clock {

	private final ZoneId zone;
	private final AtomicReference<Duration> offset;

	public MovableClock() {
		this(ZoneOffset.UTC, new AtomicReference<>(Duration.ZERO));
	}

	private MovableClock(ZoneId zone, AtomicReference<Duration> offset) {
		this.zone = zone;
		this.offset = offset;
	}

	/** Lets {@code time} pass (or, negative, go back) for the whole application. */
	public void advance(Duration time) {
		offset.accumulateAndGet(time, Duration::plus);
	}

	/** Back to the system's time. */
	public void reset() {
		offset.set(Duration.ZERO);
	}

	public Duration offset() {
		return offset.get();
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset.get());
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId value) {
		return new MovableClock(value, offset);
	}
}
