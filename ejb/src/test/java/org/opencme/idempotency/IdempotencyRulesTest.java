package org.opencme.idempotency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencme.idempotency.boundary.IdempotencyKey;
import org.opencme.idempotency.boundary.MalformedIdempotencyKeyException;
import org.opencme.idempotency.boundary.RequestDigest;
import org.opencme.idempotency.control.IdempotencyRules;
import org.opencme.idempotency.control.IdempotencyRules.Decision;
import org.opencme.idempotency.entity.IdempotencyRecord;
import org.opencme.idempotency.entity.RequestFingerprint;
import org.opencme.idempotency.entity.StoredResponse;

class IdempotencyRulesTest {

	private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

	private static RequestFingerprint fingerprint(String path, String contentType, String body) {
		RequestDigest digest = RequestDigest.start(contentType);
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		digest.update(bytes, 0, bytes.length);
		return digest.finish("POST", path);
	}

	private static final RequestFingerprint ENROL = fingerprint("/api/enrollments", "application/json",
			"{\"activityId\":7}");

	private static StoredResponse created() {
		return new StoredResponse(201, "application/json", null, "{\"id\":1}".getBytes(StandardCharsets.UTF_8));
	}

	// --- the key ---

	@Test
	void aKeyIsOneTo255PrintableAsciiCharacters() {
		assertEquals("a", IdempotencyKey.parse("a").value());
		assertEquals("8e03978e-40d5-43e8-bc93-6894a57f9324",
				IdempotencyKey.parse("8e03978e-40d5-43e8-bc93-6894a57f9324").value());
		assertEquals("with inner space ~!", IdempotencyKey.parse(" with inner space ~! ").value(),
				"surrounding white space is not part of a header value");
		assertEquals("x".repeat(255), IdempotencyKey.parse("x".repeat(255)).value());
	}

	@Test
	void theQuotedFormOfTheIetfDraftNamesTheSameKey() {
		assertEquals(IdempotencyKey.parse("abc"), IdempotencyKey.parse("\"abc\""));
	}

	@Test
	void malformedKeysAreRefusedWithAReason() {
		for (String bad : new String[]{"", "   ", "\"\"", "x".repeat(256), "schlüssel", "tab\there", "line\u0001",
				"del\u007f", "emoji\uD83D\uDE00"}) {
			MalformedIdempotencyKeyException e = assertThrows(MalformedIdempotencyKeyException.class,
					() -> IdempotencyKey.parse(bad), bad);
			assertTrue(e.fieldErrors().containsKey("Idempotency-Key"));
		}
		assertTrue(assertThrows(MalformedIdempotencyKeyException.class, () -> IdempotencyKey.parse("x".repeat(256)))
				.getMessage().contains("256"));
		assertThrows(MalformedIdempotencyKeyException.class, () -> IdempotencyKey.parse(null));
	}

	// --- the fingerprint ---

	@Test
	void theBodyHashIsTheSameWhetherTheBodyComesInOneChunkOrMany() {
		byte[] body = new byte[300_000];
		for (int i = 0; i < body.length; i++) {
			body[i] = (byte) (i * 31);
		}
		RequestDigest whole = RequestDigest.start("application/zip");
		whole.update(body, 0, body.length);
		RequestDigest chunks = RequestDigest.start("application/zip");
		for (int at = 0; at < body.length; at += 8192) {
			chunks.update(body, at, Math.min(8192, body.length - at));
		}
		assertEquals(body.length, chunks.length());
		assertEquals(whole.finish("POST", "/api/activities/import"), chunks.finish("POST", "/api/activities/import"));
	}

	@Test
	void theFingerprintIsSha256OfContentTypeAndBody() throws Exception {
		RequestFingerprint f = fingerprint("/api/x", "Application/JSON; charset=UTF-8", "{}");
		byte[] expected = java.security.MessageDigest.getInstance("SHA-256")
				.digest("application/json;charset=utf-8\n{}".getBytes(StandardCharsets.UTF_8));
		assertEquals(java.util.HexFormat.of().formatHex(expected), f.bodySha256());
		assertEquals(64, f.bodySha256().length());
		assertEquals("application/json;charset=utf-8", f.contentType());
	}

	@Test
	void bodyContentTypeAndPathEachTellRequestsApart() {
		assertTrue(ENROL.sameRequestAs(fingerprint("/api/enrollments", "application/json", "{\"activityId\":7}")));
		assertTrue(ENROL.sameRequestAs(fingerprint("/api/enrollments", "application/json ", "{\"activityId\":7}")));
		assertFalse(ENROL.sameRequestAs(fingerprint("/api/enrollments", "application/json", "{\"activityId\":8}")));
		assertFalse(ENROL.sameRequestAs(fingerprint("/api/enrollments", "text/plain", "{\"activityId\":7}")));
		assertFalse(ENROL.sameRequestAs(fingerprint("/api/enrollments/7", "application/json", "{\"activityId\":7}")));
		assertNotEquals(fingerprint("/a", null, "").bodySha256(), fingerprint("/a", "text/plain", "").bodySha256());
	}

	// --- decisions ---

	@Test
	void theSameFinishedRequestIsReplayed() {
		IdempotencyRecord record = new IdempotencyRecord(1, "k", ENROL, T0);
		record.complete(created(), T0.plusSeconds(1));
		assertEquals(Decision.REPLAY, IdempotencyRules.decide(record, ENROL, T0.plusSeconds(60)));
		assertEquals(created(), record.storedResponse());
	}

	@Test
	void aDifferentRequestWithTheKeyIsRefusedWhetherTheFirstFinishedOrNot() {
		RequestFingerprint other = fingerprint("/api/enrollments", "application/json", "{\"activityId\":8}");
		IdempotencyRecord running = new IdempotencyRecord(1, "k", ENROL, T0);
		assertEquals(Decision.KEY_REUSED, IdempotencyRules.decide(running, other, T0.plusSeconds(1)));
		IdempotencyRecord done = new IdempotencyRecord(1, "k", ENROL, T0);
		done.complete(created(), T0);
		assertEquals(Decision.KEY_REUSED, IdempotencyRules.decide(done, other, T0.plusSeconds(1)));
	}

	@Test
	void theSameRequestWhileTheFirstRunsIsInProgress() {
		IdempotencyRecord running = new IdempotencyRecord(1, "k", ENROL, T0);
		assertEquals(Decision.IN_PROGRESS, IdempotencyRules.decide(running, ENROL, T0.plusSeconds(5)));
		assertEquals(Decision.IN_PROGRESS,
				IdempotencyRules.decide(running, ENROL, T0.plus(IdempotencyRules.IN_FLIGHT_LEASE).minusSeconds(1)));
	}

	@Test
	void anInFlightRecordPastItsLeaseWasAbandonedAndFreesTheKey() {
		IdempotencyRecord running = new IdempotencyRecord(1, "k", ENROL, T0);
		assertEquals(Decision.STALE,
				IdempotencyRules.decide(running, ENROL, T0.plus(IdempotencyRules.IN_FLIGHT_LEASE)));
	}

	@Test
	void recordsExpireTwentyFourHoursAfterCreation() {
		IdempotencyRecord record = new IdempotencyRecord(1, "k", ENROL, T0);
		record.complete(created(), T0.plusSeconds(1));
		assertEquals(T0.plus(Duration.ofHours(24)), record.expiresAt());
		assertFalse(record.isExpired(T0.plus(Duration.ofHours(24)).minusMillis(1)));
		assertEquals(Decision.REPLAY,
				IdempotencyRules.decide(record, ENROL, T0.plus(Duration.ofHours(24)).minusMillis(1)));
		assertTrue(record.isExpired(T0.plus(Duration.ofHours(24))));
		assertEquals(Decision.STALE, IdempotencyRules.decide(record, ENROL, T0.plus(Duration.ofHours(24))));
		RequestFingerprint other = fingerprint("/api/other", null, "");
		assertEquals(Decision.STALE, IdempotencyRules.decide(record, other, T0.plus(Duration.ofHours(25))),
				"after expiry the key may be used for anything");
	}

	// --- what is stored ---

	@Test
	void successesAnd4xxAreStoredButNot5xx() {
		assertTrue(IdempotencyRecord.isStorable(200));
		assertTrue(IdempotencyRecord.isStorable(201));
		assertTrue(IdempotencyRecord.isStorable(204));
		assertTrue(IdempotencyRecord.isStorable(303));
		assertTrue(IdempotencyRecord.isStorable(400));
		assertTrue(IdempotencyRecord.isStorable(409));
		assertTrue(IdempotencyRecord.isStorable(499));
		assertFalse(IdempotencyRecord.isStorable(500));
		assertFalse(IdempotencyRecord.isStorable(503));
		assertFalse(IdempotencyRecord.isStorable(100));
		IdempotencyRecord record = new IdempotencyRecord(1, "k", ENROL, T0);
		assertThrows(IllegalArgumentException.class,
				() -> record.complete(new StoredResponse(500, null, null, null), T0));
		assertTrue(record.isInFlight());
	}

	@Test
	void aStoredResponseIsNeverOverwritten() {
		IdempotencyRecord record = new IdempotencyRecord(1, "k", ENROL, T0);
		assertThrows(IllegalStateException.class, record::storedResponse, "nothing to replay while in flight");
		record.complete(created(), T0);
		StoredResponse other = new StoredResponse(200, "text/plain", null, new byte[]{1});
		assertThrows(IllegalStateException.class, () -> record.complete(other, T0.plusSeconds(1)));
		assertArrayEquals("{\"id\":1}".getBytes(StandardCharsets.UTF_8), record.storedResponse().body());
	}
}
