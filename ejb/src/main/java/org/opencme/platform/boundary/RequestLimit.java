package org.opencme.platform.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * At most {@code allowed} requests per key in each window of {@code per},
 * counted from the key's first request of the window. Used where a request
 * costs someone else something whatever its outcome (a mail sent), so every
 * request counts, answered or not. Memory only, for the one server; at most
 * {@value #MAX_KEYS} keys, windows that ended are forgotten first.
 */
public final class RequestLimit {

	static final int MAX_KEYS = 100_000;

	private final Supplier<Instant> clock;
	private final int allowed;
	private final Duration per;
	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	private record Window(Instant start, int count) {
	}

	public RequestLimit(Supplier<Instant> clock, int allowed, Duration per) {
		if (allowed < 1 || per.isNegative() || per.isZero()) {
			throw new IllegalArgumentException("allowed >= 1 and a positive window");
		}
		this.clock = clock;
		this.allowed = allowed;
		this.per = per;
	}

	/**
	 * Counts a request of {@code key}. Zero: it may go ahead. Otherwise how long
	 * until the key's window ends; the refused request is not counted.
	 */
	public Duration admit(String key) {
		Instant now = clock.get();
		if (windows.size() >= MAX_KEYS) {
			windows.entrySet().removeIf(e -> !now.isBefore(e.getValue().start().plus(per)));
			if (windows.size() >= MAX_KEYS) {
				return per;
			}
		}
		Duration[] wait = {Duration.ZERO};
		windows.compute(key, (k, w) -> {
			if (w == null || !now.isBefore(w.start().plus(per))) {
				return new Window(now, 1);
			}
			if (w.count() >= allowed) {
				wait[0] = Duration.between(now, w.start().plus(per));
				return w;
			}
			return new Window(w.start(), w.count() + 1);
		});
		return wait[0];
	}

	/**
	 * How long until {@code key} may make a request again, without counting one:
	 * zero when it may.
	 */
	public Duration pending(String key) {
		Instant now = clock.get();
		Window w = windows.get(key);
		if (w == null || !now.isBefore(w.start().plus(per)) || w.count() < allowed) {
			return Duration.ZERO;
		}
		return Duration.between(now, w.start().plus(per));
	}

	int keyCount() {
		return windows.size();
	}
}
