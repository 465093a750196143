package org.opencme.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencme.identity.entity.ApiToken;

/**
 * A token's last use is written at most once per precision interval, so calls
 * that reuse one token do not each update (and lock) its row.
 */
class ApiTokenLastUseTest {

	private static final Duration PRECISION = Duration.ofMinutes(5);
	private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

	private static ApiToken token() {
		return new ApiToken(1, "load", "0".repeat(64), "ocme_abcd", T0.minusSeconds(3600));
	}

	@Test
	void theFirstUseIsRecorded() {
		ApiToken token = token();
		assertNull(token.lastUsedAt());
		assertTrue(token.markUsed(T0, PRECISION));
		assertEquals(T0, token.lastUsedAt());
	}

	@Test
	void usesWithinThePrecisionChangeNothing() {
		ApiToken token = token();
		token.markUsed(T0, PRECISION);
		assertFalse(token.markUsed(T0.plusMillis(100), PRECISION));
		assertFalse(token.markUsed(T0.plus(PRECISION), PRECISION));
		assertEquals(T0, token.lastUsedAt());
	}

	@Test
	void aUseAfterThePrecisionIsRecorded() {
		ApiToken token = token();
		token.markUsed(T0, PRECISION);
		Instant later = T0.plus(PRECISION).plusSeconds(1);
		assertTrue(token.markUsed(later, PRECISION));
		assertEquals(later, token.lastUsedAt());
	}

	@Test
	void theRecordedLastUseNeverGoesBack() {
		ApiToken token = token();
		token.markUsed(T0, PRECISION);
		assertFalse(token.markUsed(T0.minusSeconds(3600), PRECISION));
		assertEquals(T0, token.lastUsedAt());
	}
}
