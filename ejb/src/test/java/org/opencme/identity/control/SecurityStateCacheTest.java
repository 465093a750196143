package org.opencme.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opencme.identity.boundary.SecurityState;

class SecurityStateCacheTest {

	private final SecurityStateCache cache = new SecurityStateCache();
	private final Instant now = Instant.parse("2026-12-02T10:00:00Z");
	private final AtomicInteger loads = new AtomicInteger();

	private Optional<SecurityState> load(long stamp) {
		loads.incrementAndGet();
		return Optional.of(new SecurityState(stamp, 0, true));
	}

	@Test
	void keepsTheStateBrieflyThenReadsAgain() {
		assertEquals(1, cache.get(7, now, id -> load(1)).orElseThrow().securityStamp());
		assertEquals(1, cache.get(7, now.plusSeconds(5), id -> load(2)).orElseThrow().securityStamp());
		assertEquals(1, loads.get());
		assertEquals(2, cache.get(7, now.plus(SecurityStateCache.TTL), id -> load(2)).orElseThrow().securityStamp());
	}

	@Test
	void aChangeIsSeenAtOnce() {
		cache.get(7, now, id -> load(1));
		cache.invalidate(7);
		assertEquals(2, cache.get(7, now, id -> load(2)).orElseThrow().securityStamp());
	}

	@Test
	void aValueReadWhileAChangeCommittedIsNotKept() {
		cache.get(7, now, id -> {
			cache.invalidate(7);
			return load(1);
		});
		assertEquals(2, cache.get(7, now.plus(Duration.ofSeconds(1)), id -> load(2)).orElseThrow().securityStamp());
	}
}
