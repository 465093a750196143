package org.opencme.identity.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Slows password guessing on every way in (sign-in form, HTTP Basic, tokens,
 * the current password when changing it). Failed attempts are counted per
 * account and client address and, with a higher allowance, per client address
 * alone (one address trying many accounts). Past the free attempts each failure
 * locks the key for twice as long as the one before, from {@link Rule#first} up
 * to {@link Rule#max}; while locked every attempt, the right password too, is
 * refused without being checked. Counts are forgotten {@link Rule#forgetAfter}
 * after the last failure, and a success clears its account and address.
 * Invariants: a guesser can lock a real user out only from the guesser's own
 * address, for at most {@link Rule#max} at a time (there is deliberately no
 * lock on an account alone, which would hand anyone a way to lock any user
 * out); attempts in flight count, so parallel guesses do not slip past the free
 * allowance. Memory only, for the one server.
 */
public final class SignInThrottle {

	/** How one kind of key is throttled. */
	public record Rule(int free, Duration first, Duration max, Duration forgetAfter) {

		/** How long the key is locked after its {@code failures}-th failure. */
		public Duration lockAfter(int failures) {
			if (failures <= free) {
				return Duration.ZERO;
			}
			int doublings = Math.min(failures - free - 1, 30);
			Duration lock = first.multipliedBy(1L << doublings);
			return lock.compareTo(max) > 0 ? max : lock;
		}
	}

	/** A typing user gets 4 free tries, then waits 15 s, 30 s, 1 min ... 15 min. */
	public static final Rule PER_ACCOUNT_AND_ADDRESS = new Rule(4, Duration.ofSeconds(15), Duration.ofMinutes(15),
			Duration.ofHours(1));
	/**
	 * One address failing for many accounts (or tokens): 50 free failures an hour,
	 * as many people may share one address (a hospital's network).
	 */
	public static final Rule PER_ADDRESS = new Rule(50, Duration.ofSeconds(15), Duration.ofMinutes(15),
			Duration.ofHours(1));
	private static final int MAX_KEYS = 100_000;

	private final Supplier<Instant> clock;
	private final Rule perAccountAndAddress;
	private final Rule perAddress;
	private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();

	/**
	 * What a failure did: how long its keys are now locked, and whether it started
	 * a lock.
	 */
	public record Failure(Duration lockedFor, boolean lockStarted) {
	}

	private record Counter(int failures, Instant lastFailure, Instant lockedUntil, int inFlight) {
		static final Counter NONE = new Counter(0, Instant.EPOCH, Instant.EPOCH, 0);

		Counter current(Instant now, Rule rule) {
			boolean forgotten = failures > 0 && !now.isBefore(lastFailure.plus(rule.forgetAfter()))
					&& !now.isBefore(lockedUntil);
			return forgotten ? new Counter(0, Instant.EPOCH, Instant.EPOCH, inFlight) : this;
		}

		Duration wait(Instant now) {
			return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
		}

		/** Attempts that may run at once: all the free ones left, or one. */
		boolean admits(Rule rule) {
			return inFlight < Math.max(1, rule.free() - failures);
		}
	}

	public SignInThrottle(Supplier<Instant> clock) {
		this(clock, PER_ACCOUNT_AND_ADDRESS, PER_ADDRESS);
	}

	public SignInThrottle(Supplier<Instant> clock, Rule perAccountAndAddress, Rule perAddress) {
		this.clock = clock;
		this.perAccountAndAddress = perAccountAndAddress;
		this.perAddress = perAddress;
	}

	/**
	 * Asks to check a credential. Zero: go ahead, and report the outcome with
	 * {@link #failed} or {@link #succeeded}. Otherwise how long to wait; nothing is
	 * to be checked or reported.
	 */
	public Duration admit(String account, String address) {
		Instant now = clock.get();
		Duration wait = Duration.ZERO;
		for (Key key : keys(account, address)) {
			Counter counter = counters.getOrDefault(key.name(), Counter.NONE).current(now, key.rule());
			Duration keyWait = counter.wait(now);
			if (keyWait.isZero() && !counter.admits(key.rule())) {
				keyWait = Duration.ofSeconds(1);
			}
			wait = keyWait.compareTo(wait) > 0 ? keyWait : wait;
		}
		if (!wait.isZero()) {
			return wait;
		}
		if (counters.size() >= MAX_KEYS) {
			purge(now);
		}
		for (Key key : keys(account, address)) {
			counters.compute(key.name(), (k, c) -> {
				Counter counter = (c == null ? Counter.NONE : c).current(now, key.rule());
				return new Counter(counter.failures(), counter.lastFailure(), counter.lockedUntil(),
						counter.inFlight() + 1);
			});
		}
		return Duration.ZERO;
	}

	/**
	 * An admitted attempt failed: count it, and lock its keys once past the free
	 * ones.
	 */
	public Failure failed(String account, String address) {
		Instant now = clock.get();
		Duration locked = Duration.ZERO;
		boolean started = false;
		for (Key key : keys(account, address)) {
			Counter after = counters.compute(key.name(), (k, c) -> {
				Counter counter = (c == null ? Counter.NONE : c).current(now, key.rule());
				int failures = counter.failures() + 1;
				Instant until = now.plus(key.rule().lockAfter(failures));
				Instant lockedUntil = until.isAfter(counter.lockedUntil()) ? until : counter.lockedUntil();
				return new Counter(failures, now, lockedUntil, Math.max(0, counter.inFlight() - 1));
			});
			Duration wait = after.wait(now);
			if (!key.rule().lockAfter(after.failures()).isZero()) {
				started = true;
			}
			locked = wait.compareTo(locked) > 0 ? wait : locked;
		}
		return new Failure(locked, started);
	}

	/** An admitted attempt succeeded: its account and address start afresh. */
	public void succeeded(String account, String address) {
		for (Key key : keys(account, address)) {
			if (key.rule() == perAccountAndAddress) {
				counters.computeIfPresent(key.name(), (k,
						c) -> c.inFlight() > 1 ? new Counter(0, Instant.EPOCH, Instant.EPOCH, c.inFlight() - 1) : null);
			} else {
				counters.computeIfPresent(key.name(), (k, c) -> new Counter(c.failures(), c.lastFailure(),
						c.lockedUntil(), Math.max(0, c.inFlight() - 1)));
			}
		}
	}

	int keyCount() {
		return counters.size();
	}

	private void purge(Instant now) {
		counters.entrySet().removeIf(e -> e.getValue().inFlight() == 0 && !now.isBefore(e.getValue().lockedUntil())
				&& !now.isBefore(e.getValue().lastFailure().plus(perAddress.forgetAfter())));
		if (counters.size() >= MAX_KEYS) {
			counters.entrySet()
					.removeIf(e -> e.getValue().inFlight() == 0 && !now.isBefore(e.getValue().lockedUntil()));
		}
	}

	private record Key(String name, Rule rule) {
	}

	private java.util.List<Key> keys(String account, String address) {
		String where = address == null ? "?" : address;
		Key byAddress = new Key("ip|" + where, perAddress);
		if (account == null || account.isBlank()) {
			return java.util.List.of(byAddress);
		}
		String who = account.trim().toLowerCase(Locale.ROOT);
		return java.util.List.of(new Key("acct|" + who + "|" + where, perAccountAndAddress), byAddress);
	}
}
