package org.opencme.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

	private static final String ANN = "ann@example.org";
	private static final String GUESSER = "203.0.113.7";
	private static final String HOME = "198.51.100.20";

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T10:00:00Z"));
	private final SignInThrottle throttle = new SignInThrottle(now::get);

	private void advance(Duration by) {
		now.set(now.get().plus(by));
	}

	/** One admitted attempt that fails; how long the keys are then locked. */
	private Duration fail(String account, String address) {
		assertEquals(Duration.ZERO, throttle.admit(account, address), "admitted");
		return throttle.failed(account, address).lockedFor();
	}

	@Test
	void fourFreeTriesThenDelaysThatDoubleUpToFifteenMinutes() {
		for (int i = 1; i <= 4; i++) {
			assertEquals(Duration.ZERO, fail(ANN, GUESSER), "free try " + i);
		}
		Duration[] expected = {Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(1),
				Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(15),
				Duration.ofMinutes(15)};
		for (Duration lock : expected) {
			assertEquals(lock, fail(ANN, GUESSER));
			advance(lock);
		}
	}

	@Test
	void whileLockedEvenTheRightPasswordIsNotCheckedUntilTheWindowPasses() {
		for (int i = 0; i < 5; i++) {
			fail(ANN, GUESSER);
		}
		assertEquals(Duration.ofSeconds(15), throttle.admit(ANN, GUESSER));
		advance(Duration.ofSeconds(10));
		assertEquals(Duration.ofSeconds(5), throttle.admit(ANN, GUESSER), "the wait counts down");
		advance(Duration.ofSeconds(5));
		assertEquals(Duration.ZERO, throttle.admit(ANN, GUESSER), "the window passed");
		throttle.succeeded(ANN, GUESSER);
		for (int i = 1; i <= 4; i++) {
			assertEquals(Duration.ZERO, fail(ANN, GUESSER), "a success starts afresh: free try " + i);
		}
	}

	@Test
	void theRealUserFromAnotherAddressIsNotLockedOut() {
		for (int i = 0; i < 12; i++) {
			advance(fail(ANN, GUESSER));
		}
		fail(ANN, GUESSER);
		assertFalse(throttle.admit(ANN, GUESSER).isZero(), "the guesser is locked");
		assertEquals(Duration.ZERO, throttle.admit(ANN, HOME), "Ann at home is not");
		throttle.succeeded(ANN, HOME);
	}

	@Test
	void aGuesserLocksOutAtMostFifteenMinutesAtATimeAndCountsAreForgotten() {
		for (int i = 0; i < 40; i++) {
			Duration wait = fail(ANN, GUESSER);
			assertTrue(wait.compareTo(Duration.ofMinutes(15)) <= 0, "bounded: " + wait);
			if (!wait.isZero()) {
				assertEquals(wait, throttle.admit(ANN, GUESSER), "refused for exactly that long");
			}
			advance(wait.isZero() ? Duration.ofSeconds(1) : wait);
		}
		advance(Duration.ofHours(1));
		assertEquals(Duration.ZERO, fail(ANN, GUESSER), "an hour after the last failure the count is forgotten");
	}

	@Test
	void oneAddressTryingManyAccountsIsLockedAfterFiftyFailures() {
		for (int i = 0; i < 50; i++) {
			assertEquals(Duration.ZERO, fail("user" + i + "@example.org", GUESSER), "failure " + i);
		}
		assertEquals(Duration.ofSeconds(15), fail("user50@example.org", GUESSER));
		assertFalse(throttle.admit("someone-new@example.org", GUESSER).isZero(), "every account, from that address");
		assertEquals(Duration.ZERO, throttle.admit("someone-new@example.org", HOME));
	}

	@Test
	void badTokensCountForTheAddress() {
		for (int i = 0; i < 50; i++) {
			assertEquals(Duration.ZERO, fail(null, GUESSER));
		}
		assertEquals(Duration.ofSeconds(15), fail(null, GUESSER));
		assertFalse(throttle.admit(null, GUESSER).isZero());
	}

	@Test
	void parallelGuessesDoNotSlipPastTheFreeTries() {
		for (int i = 0; i < 4; i++) {
			assertEquals(Duration.ZERO, throttle.admit(ANN, GUESSER), "in flight " + i);
		}
		assertFalse(throttle.admit(ANN, GUESSER).isZero(), "a fifth attempt at once waits for the others");
		for (int i = 0; i < 4; i++) {
			throttle.failed(ANN, GUESSER);
		}
		assertEquals(Duration.ZERO, throttle.admit(ANN, GUESSER), "one at a time once the free tries are used");
		assertFalse(throttle.admit(ANN, GUESSER).isZero());
		assertEquals(Duration.ofSeconds(15), throttle.failed(ANN, GUESSER).lockedFor());
	}

	@Test
	void theAccountIsMatchedWithoutRegardToCase() {
		for (int i = 0; i < 5; i++) {
			fail(i % 2 == 0 ? ANN : ANN.toUpperCase(), GUESSER);
		}
		assertFalse(throttle.admit(" Ann@Example.org ", GUESSER).isZero());
	}

	@Test
	void aFailureReportsWhetherItLocked() {
		for (int i = 0; i < 4; i++) {
			throttle.admit(ANN, GUESSER);
			assertFalse(throttle.failed(ANN, GUESSER).lockStarted());
		}
		throttle.admit(ANN, GUESSER);
		assertTrue(throttle.failed(ANN, GUESSER).lockStarted());
	}
}
