package org.opencme.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.content.pkg.Profession;
import org.opencme.idempotency.boundary.IdempotencyKey;
import org.opencme.idempotency.boundary.IdempotencyOutcome;
import org.opencme.idempotency.boundary.IdempotencyService;
import org.opencme.idempotency.boundary.RequestDigest;
import org.opencme.idempotency.control.IdempotencyRecords;
import org.opencme.idempotency.entity.IdempotencyRecord;
import org.opencme.idempotency.entity.RequestFingerprint;
import org.opencme.idempotency.entity.StoredResponse;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.RegistrationRequest;

/**
 * The idempotency records on the real database (H2 or PostgreSQL): the unique
 * index refuses a second holder of a key without breaking the caller, expired
 * records are cleaned up and give their key back, a stored answer stays.
 */
@ExtendWith(ArquillianExtension.class)
class IdempotencyRecordsIT {

	@Deployment
	static EnterpriseArchive deployment() {
		return Deployments.earWithTests();
	}

	@Inject
	AccountService accounts;

	@Inject
	IdempotencyRecords records;

	@Inject
	IdempotencyService idempotency;

	private long newAccount() {
		return accounts.register(new RegistrationRequest(Deployments.unique("idem") + "@example.org",
				"a long passphrase", "Ida", "Empotent", Profession.MD, null, List.of()));
	}

	private static RequestFingerprint fingerprint(String body) {
		RequestDigest digest = RequestDigest.start("application/json");
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		digest.update(bytes, 0, bytes.length);
		return digest.finish("POST", "/api/enrollments");
	}

	@Test
	void theUniqueIndexLetsOneRecordHoldAKey() {
		long account = newAccount();
		String key = Deployments.unique("key");
		Optional<Long> first = records.insert(new IdempotencyRecord(account, key, fingerprint("{}"), Instant.now()));
		assertTrue(first.isPresent());
		Optional<Long> second = records.insert(new IdempotencyRecord(account, key, fingerprint("{}"), Instant.now()));
		assertTrue(second.isEmpty(), "the database refuses a second record for the key");
		assertEquals(first.get(), records.find(account, key).orElseThrow().id(), "and the caller can go on reading");
		assertTrue(
				records.insert(new IdempotencyRecord(newAccount(), key, fingerprint("{}"), Instant.now())).isPresent(),
				"another account's key is another key");
	}

	@Test
	void aStoredAnswerIsReplayedAndNeverOverwritten() {
		long account = newAccount();
		IdempotencyKey key = new IdempotencyKey(Deployments.unique("key"));
		IdempotencyOutcome started = idempotency.begin(account, key, fingerprint("{\"a\":1}"));
		assertEquals(IdempotencyOutcome.Kind.STARTED, started.kind());
		assertEquals(IdempotencyOutcome.Kind.IN_PROGRESS,
				idempotency.begin(account, key, fingerprint("{\"a\":1}")).kind());
		StoredResponse answer = new StoredResponse(201, "application/json", "/api/x/1",
				"{\"id\":1}".getBytes(StandardCharsets.UTF_8));
		assertTrue(idempotency.complete(started.recordId(), answer));
		assertFalse(idempotency.complete(started.recordId(), new StoredResponse(200, "text/plain", null, null)));
		IdempotencyOutcome replay = idempotency.begin(account, key, fingerprint("{\"a\":1}"));
		assertEquals(IdempotencyOutcome.Kind.REPLAY, replay.kind());
		assertEquals(answer, replay.storedResponse(), "status, headers and body bytes as stored first");
		assertEquals(IdempotencyOutcome.Kind.KEY_REUSED,
				idempotency.begin(account, key, fingerprint("{\"a\":2}")).kind());
	}

	@Test
	void a5xxReleasesTheKey() {
		long account = newAccount();
		IdempotencyKey key = new IdempotencyKey(Deployments.unique("key"));
		IdempotencyOutcome started = idempotency.begin(account, key, fingerprint("{}"));
		assertFalse(idempotency.complete(started.recordId(), new StoredResponse(503, null, null, null)));
		assertTrue(records.find(account, key.value()).isEmpty());
		assertEquals(IdempotencyOutcome.Kind.STARTED, idempotency.begin(account, key, fingerprint("{}")).kind(),
				"the client may retry");
	}

	@Test
	void expiredRecordsAreCleanedUpAndTheirKeysFreed() {
		long account = newAccount();
		Instant yesterday = Instant.now().minus(IdempotencyRecord.RETENTION).minus(Duration.ofMinutes(1));
		String old = Deployments.unique("old");
		long oldId = records.insert(new IdempotencyRecord(account, old, fingerprint("{}"), yesterday)).orElseThrow();
		records.complete(oldId, new StoredResponse(201, null, null, null), yesterday);
		String stale = Deployments.unique("stale");
		records.insert(new IdempotencyRecord(account, stale, fingerprint("{}"), yesterday)).orElseThrow();
		String fresh = Deployments.unique("fresh");
		records.insert(new IdempotencyRecord(account, fresh, fingerprint("{}"), Instant.now())).orElseThrow();

		assertEquals(IdempotencyOutcome.Kind.STARTED,
				idempotency.begin(account, new IdempotencyKey(stale), fingerprint("{\"other\":true}")).kind(),
				"an expired record is not trusted even before the cleanup ran");
		assertTrue(records.deleteExpired(Instant.now()) >= 1);
		assertTrue(records.find(account, old).isEmpty(), "expired and deleted");
		assertTrue(records.find(account, stale).isPresent(), "the key taken again is a new record");
		assertTrue(records.find(account, fresh).isPresent(), "younger than a day: kept");
	}
}
