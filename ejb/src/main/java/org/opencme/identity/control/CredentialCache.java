package org.opencme.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.opencme.identity.boundary.AccountSecurityChanged;
import org.opencme.identity.boundary.AuthenticatedAccount;

/**
 * Remembers, for one minute, that an e-mail and password were verified, so an
 * API client sending HTTP Basic on every request does not pay 600,000 PBKDF2
 * rounds each time. Keys are an HMAC with a per-process random key: the cache
 * never holds a password or anything that could be attacked offline. Any change
 * to an account forgets its entries, again after its transaction completes, and
 * an account read while any entry was forgotten is not remembered (it may be
 * the row from before the commit).
 */
@ApplicationScoped
public class CredentialCache {

	static final Duration TTL = Duration.ofMinutes(1);
	private static final int MAX_ENTRIES = 10_000;

	private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
	private final byte[] key = new byte[32];
	private final AtomicLong forgets = new AtomicLong();

	private record Entry(AuthenticatedAccount account, Instant expires) {
	}

	public CredentialCache() {
		new SecureRandom().nextBytes(key);
	}

	public Optional<AuthenticatedAccount> find(String email, String password, Instant now) {
		Entry entry = entries.get(fingerprint(email, password));
		if (entry == null || entry.expires().isBefore(now)) {
			return Optional.empty();
		}
		return Optional.of(entry.account());
	}

	/** Pass to {@link #remember} what this said before the account was read. */
	public long generation() {
		return forgets.get();
	}

	public void remember(String email, String password, AuthenticatedAccount account, Instant now, long generation) {
		if (forgets.get() != generation) {
			return;
		}
		if (entries.size() >= MAX_ENTRIES) {
			entries.entrySet().removeIf(e -> e.getValue().expires().isBefore(now));
			if (entries.size() >= MAX_ENTRIES) {
				entries.clear();
			}
		}
		entries.put(fingerprint(email, password), new Entry(account, now.plus(TTL)));
		if (forgets.get() != generation) {
			entries.values().removeIf(e -> e.account().id() == account.id());
		}
	}

	public void forget(long accountId) {
		forgets.incrementAndGet();
		entries.values().removeIf(e -> e.account().id() == accountId);
	}

	void afterChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountSecurityChanged change) {
		forget(change.accountId());
	}

	private String fingerprint(String email, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = mac.doFinal((email + "\u0000" + password).getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		} catch (NoSuchAlgorithmException | java.security.InvalidKeyException e) {
			throw new IllegalStateException("HmacSHA256 missing", e);
		}
	}

}
