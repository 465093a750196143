package org.opencme.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RequestLimitTest {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T10:00:00Z"));
	private final RequestLimit limit = new RequestLimit(now::get, 3, Duration.ofHours(1));

	private void advance(Duration d) {
		now.set(now.get().plus(d));
	}

	@Test
	void theAllowanceThenTheRestOfTheWindow() {
		for (int i = 0; i < 3; i++) {
			assertEquals(Duration.ZERO, limit.admit("10.0.0.1"));
			advance(Duration.ofMinutes(10));
		}
		assertEquals(Duration.ofMinutes(30), limit.admit("10.0.0.1"), "window began at 10:00, now 10:30");
		advance(Duration.ofMinutes(29));
		assertEquals(Duration.ofMinutes(1), limit.admit("10.0.0.1"), "a refused request does not extend the wait");
		advance(Duration.ofMinutes(1));
		assertEquals(Duration.ZERO, limit.admit("10.0.0.1"), "a new window");
	}

	@Test
	void keysAreCountedApart() {
		for (int i = 0; i < 3; i++) {
			limit.admit("10.0.0.1");
		}
		assertEquals(Duration.ofHours(1), limit.admit("10.0.0.1"));
		assertEquals(Duration.ZERO, limit.admit("10.0.0.2"));
	}

	@Test
	void endedWindowsAreForgottenWhenTheMapIsFull() {
		for (int i = 0; i < RequestLimit.MAX_KEYS; i++) {
			limit.admit("k" + i);
		}
		assertEquals(RequestLimit.MAX_KEYS, limit.keyCount());
		advance(Duration.ofHours(1));
		assertEquals(Duration.ZERO, limit.admit("new"));
		assertEquals(1, limit.keyCount());
	}

	@Test
	void refusesANonsenseRule() {
		assertThrows(IllegalArgumentException.class, () -> new RequestLimit(now::get, 0, Duration.ofHours(1)));
		assertThrows(IllegalArgumentException.class, () -> new RequestLimit(now::get, 1, Duration.ZERO));
	}
}
