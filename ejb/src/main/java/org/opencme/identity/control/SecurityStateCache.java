package org.opencme.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.opencme.identity.boundary.AccountSecurityChanged;
import org.opencme.identity.boundary.SecurityState;

/**
 * Every request of an open session compares the session's stamps with the
 * account's; this keeps the account's for a few seconds so that costs a map
 * look-up, not a query. Invariant: after a change commits, no request sees the
 * old state. The entry is dropped after the transaction completes
 * ({@link AccountSecurityChanged}), and a value loaded while any invalidation
 * happened is not kept (a query that started before the commit may return the
 * old row). The time to live only covers changes made outside the application
 * (by hand in the database).
 */
@ApplicationScoped
public class SecurityStateCache {

	static final Duration TTL = Duration.ofSeconds(30);
	private static final int MAX_ENTRIES = 50_000;

	private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();
	private final AtomicLong invalidations = new AtomicLong();

	private record Entry(SecurityState state, Instant expires) {
	}

	/**
	 * The account's state, from memory or from {@code loader} (empty: no such
	 * account).
	 */
	public Optional<SecurityState> get(long accountId, Instant now, LongFunction<Optional<SecurityState>> loader) {
		Entry entry = entries.get(accountId);
		if (entry != null && now.isBefore(entry.expires())) {
			return Optional.of(entry.state());
		}
		long generation = invalidations.get();
		Optional<SecurityState> loaded = loader.apply(accountId);
		if (loaded.isPresent() && invalidations.get() == generation) {
			if (entries.size() >= MAX_ENTRIES) {
				entries.values().removeIf(e -> !now.isBefore(e.expires()));
			}
			entries.put(accountId, new Entry(loaded.get(), now.plus(TTL)));
			if (invalidations.get() != generation) {
				entries.remove(accountId);
			}
		}
		return loaded;
	}

	public void invalidate(long accountId) {
		invalidations.incrementAndGet();
		entries.remove(accountId);
	}

	void afterChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountSecurityChanged change) {
		invalidate(change.accountId());
	}
}
