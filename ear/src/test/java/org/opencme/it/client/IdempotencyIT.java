package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.content.pkg.ContentModuleSpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.PackageFile;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.it.Deployments;

/**
 * {@code Idempotency-Key} on POST over the API: a repeated request runs once
 * and is answered from the record (also a 4xx), a different request with the
 * key is 422, a malformed key 400, racing requests run once, and keys belong to
 * one account.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdempotencyIT {

	/**
	 * Accounts of this class's own, made for each run (each test makes its own
	 * records).
	 */
	private static Accounts.Account designer;
	private static Accounts.Account admin;

	@BeforeAll
	static void freshAccounts() {
		designer = Accounts.designer();
		admin = Accounts.admin();
	}

	private static final String REPLAYED = "Idempotent-Replayed";

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	private static String newKey() {
		return "it-" + UUID.randomUUID();
	}

	private static HttpResponse<String> post(String path, String auth, String json, String key) {
		return Http.send("POST", path, auth, json, Map.of("Idempotency-Key", key));
	}

	private static boolean replayed(HttpResponse<?> response) {
		return response.headers().firstValue(REPLAYED).map("true"::equals).orElse(false);
	}

	private static long freeActivity(String title) {
		return Packages.publish(Packages.demo("hypertension-2026-update", title));
	}

	private static String draft(String title) {
		return "{\"title\":\"" + title + "\",\"format\":\"ON_DEMAND\",\"summary\":\"Idempotency\"}";
	}

	/** How many of this class's designer's drafts carry this title. */
	private static long draftsTitled(String title) {
		return Http.array(Http.send("GET", "/api/activities/mine?status=DRAFT", designer.basic(), null)).stream()
				.map(JsonValue::asJsonObject).filter(a -> a.getString("title").equals(title)).count();
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertEquals(status, response.statusCode(), response.body());
		assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
				response.headers().toString());
		assertEquals(status, Http.json(response).getInt("status"));
		assertFalse(replayed(response));
	}

	@Test
	void enrollingTwiceWithOneKeyAnswersTheSameAndEnrolsOnce() {
		long activity = freeActivity(Deployments.unique("Idem enrol"));
		String learner = LearningIT.newLearner();
		String key = newKey();
		String body = "{\"activityId\":" + activity + "}";

		HttpResponse<String> first = post("/api/enrollments", learner, body, key);
		assertEquals(201, first.statusCode(), first.body());
		assertFalse(replayed(first), "the first answer is not a replay");
		HttpResponse<String> second = post("/api/enrollments", learner, body, key);
		assertEquals(201, second.statusCode(), second.body());
		assertTrue(replayed(second), "Idempotent-Replayed: true on the repeat");
		assertEquals(first.body(), second.body(), "the same body, byte for byte");
		assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
		assertEquals(1, Http.array(Http.send("GET", "/api/me/enrollments", learner, null)).size());
	}

	@Test
	void aRepeatedCreateRunsOnce() {
		String title = Deployments.unique("Idem draft");
		String key = newKey();
		HttpResponse<String> first = post("/api/activities", designer.basic(), draft(title), key);
		assertEquals(201, first.statusCode(), first.body());
		HttpResponse<String> second = post("/api/activities", designer.basic(), draft(title), key);
		assertEquals(201, second.statusCode());
		assertTrue(replayed(second));
		assertEquals(Http.json(first).getJsonNumber("id"), Http.json(second).getJsonNumber("id"));
		assertEquals(1, draftsTitled(title), "the operation did not run again");

		HttpResponse<String> withoutKey = Http.send("POST", "/api/activities", designer.basic(), draft(title));
		assertEquals(201, withoutKey.statusCode());
		assertEquals(2, draftsTitled(title), "without a key the same call does run again");
	}

	@Test
	void theSameKeyForAnotherRequestIsRefusedWith422() {
		long a = freeActivity(Deployments.unique("Idem A"));
		long b = freeActivity(Deployments.unique("Idem B"));
		String learner = LearningIT.newLearner();
		String key = newKey();
		assertEquals(201, post("/api/enrollments", learner, "{\"activityId\":" + a + "}", key).statusCode());

		HttpResponse<String> otherBody = post("/api/enrollments", learner, "{\"activityId\":" + b + "}", key);
		assertProblem(otherBody, 422);
		assertTrue(Http.json(otherBody).getString("detail").contains("another request"), otherBody.body());
		HttpResponse<String> otherPath = post("/api/me/tokens", learner, "{\"activityId\":" + a + "}", key);
		assertProblem(otherPath, 422);
		assertEquals(1, Http.array(Http.send("GET", "/api/me/enrollments", learner, null)).size(),
				"the refused request did not run");
	}

	@Test
	void aMalformedKeyIs400AndNothingRuns() {
		String title = Deployments.unique("Idem malformed");
		for (String bad : List.of("", "k".repeat(256), "schl\u00fcssel")) {
			HttpResponse<String> refused = post("/api/activities", designer.basic(), draft(title), bad);
			assertProblem(refused, 400);
			JsonObject problem = Http.json(refused);
			assertEquals("Idempotency-Key", problem.getJsonArray("errors").getJsonObject(0).getString("field"),
					refused.body());
		}
		assertEquals(0, draftsTitled(title));
		String fresh = newKey();
		String longestKey = fresh + "k".repeat(255 - fresh.length());
		HttpResponse<String> longest = post("/api/activities", designer.basic(), draft(title), longestKey);
		assertEquals(201, longest.statusCode(), "255 characters are allowed");
	}

	@Test
	void a4xxAnswerIsStoredAndReplayedWithoutRunningAgain() {
		long paid = Packages.publish(Packages.demo("type-2-diabetes-2026-update", Deployments.unique("Idem paid")));
		String learner = LearningIT.newLearner();
		String key = newKey();
		String body = "{\"activityId\":" + paid + "}";
		HttpResponse<String> refused = post("/api/enrollments", learner, body, key);
		assertProblem(refused, 409);

		long learnerId = Http.json(Http.send("GET", "/api/me", learner, null)).getJsonNumber("id").longValue();
		int year = java.time.LocalDate.now().getYear();
		assertEquals(
				201, Http
						.send("POST", "/api/users/" + learnerId + "/allowances", admin.basic(), "{\"periodStart\":\""
								+ year + "-01-01\",\"periodEnd\":\"" + year + "-12-31\",\"amountMinor\":1000000}")
						.statusCode());

		HttpResponse<String> again = post("/api/enrollments", learner, body, key);
		assertEquals(409, again.statusCode());
		assertTrue(replayed(again), "the stored 409 is replayed");
		assertEquals(refused.body(), again.body());
		assertTrue(Http.array(Http.send("GET", "/api/me/enrollments", learner, null)).isEmpty(),
				"the replay did not enrol although the allowance would now allow it");

		HttpResponse<String> fresh = post("/api/enrollments", learner, body, newKey());
		assertEquals(201, fresh.statusCode(), "a new key is a new request");
	}

	@Test
	void concurrentRequestsWithOneKeyRunOnce() throws Exception {
		int clients = 6;
		String title = Deployments.unique("Idem race");
		String key = newKey();
		CyclicBarrier start = new CyclicBarrier(clients);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<HttpResponse<String>> answers = new ArrayList<>();
		try {
			List<Future<HttpResponse<String>>> calls = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				calls.add(pool.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return post("/api/activities", designer.basic(), draft(title), key);
				}));
			}
			for (Future<HttpResponse<String>> call : calls) {
				answers.add(call.get(60, TimeUnit.SECONDS));
			}
		} finally {
			pool.shutdownNow();
		}
		long ran = answers.stream().filter(r -> r.statusCode() == 201 && !replayed(r)).count();
		assertEquals(1, ran, "exactly one request ran: " + answers.stream().map(HttpResponse::statusCode).toList());
		Long id = null;
		for (HttpResponse<String> answer : answers) {
			if (answer.statusCode() == 409) {
				assertProblem(answer, 409);
				assertTrue(Http.json(answer).getString("detail").contains("still being processed"), answer.body());
			} else {
				assertEquals(201, answer.statusCode(), answer.body());
				long thisId = Http.json(answer).getJsonNumber("id").longValue();
				assertTrue(id == null || id == thisId, "every replay names the one draft");
				id = thisId;
			}
		}
		assertEquals(1, draftsTitled(title), "one draft, whatever the interleaving");
		HttpResponse<String> after = post("/api/activities", designer.basic(), draft(title), key);
		assertTrue(replayed(after), "once finished, the key replays");
	}

	@Test
	void anotherAccountsKeyIsIndependent() {
		long activity = freeActivity(Deployments.unique("Idem shared key"));
		String body = "{\"activityId\":" + activity + "}";
		String key = newKey();
		HttpResponse<String> one = post("/api/enrollments", LearningIT.newLearner(), body, key);
		HttpResponse<String> other = post("/api/enrollments", LearningIT.newLearner(), body, key);
		assertEquals(201, one.statusCode(), one.body());
		assertEquals(201, other.statusCode(), other.body());
		assertFalse(replayed(other), "the key of one account means nothing for another");
		assertNotEquals(Http.json(one).getJsonNumber("id"), Http.json(other).getJsonNumber("id"));
	}

	@Test
	void aLargePackageImportIsFingerprintedWhileStreamingAndReplayed() {
		String title = Deployments.unique("Idem large import");
		byte[] zip = new PackageWriter().write(withLargeText(Packages.demo("hypertension-2026-update", title)));
		assertTrue(zip.length > 512 * 1024, "larger than what is held in memory: " + zip.length);
		String key = newKey();
		Map<String, String> headers = Map.of("Idempotency-Key", key);
		HttpResponse<byte[]> first = Http.bytes("POST", "/api/activities/import", designer.basic(), zip,
				"application/zip", headers);
		assertEquals(201, first.statusCode(), new String(first.body(), StandardCharsets.UTF_8));
		HttpResponse<byte[]> second = Http.bytes("POST", "/api/activities/import", designer.basic(), zip,
				"application/zip", headers);
		assertEquals(201, second.statusCode());
		assertTrue(replayed(second));
		assertArrayEquals(first.body(), second.body());
		assertEquals(1, draftsTitled(title));

		byte[] changed = zip.clone();
		changed[changed.length / 2] ^= 1;
		HttpResponse<byte[]> other = Http.bytes("POST", "/api/activities/import", designer.basic(), changed,
				"application/zip", headers);
		assertEquals(422, other.statusCode(), "one flipped bit in the middle of the upload is another request");
	}

	@Test
	void anonymousCallsIgnoreTheKeyAndTokenSecretsAreNeverStored() {
		String key = newKey();
		for (int i = 0; i < 2; i++) {
			String email = Deployments.unique("idem-anon") + "@example.org";
			HttpResponse<String> registered = post("/api/accounts", null,
					"{\"email\":\"" + email
							+ "\",\"password\":\"a long passphrase\",\"givenName\":\"Ann\",\"familyName\":\"On\","
							+ "\"profession\":\"RN\"}",
					key);
			assertEquals(201, registered.statusCode(), registered.body());
			assertFalse(replayed(registered), "a key is scoped to an account; anonymous calls have none");
		}
		String learner = LearningIT.newLearner();
		HttpResponse<String> first = post("/api/me/tokens", learner, "{\"name\":\"ci\"}", key);
		HttpResponse<String> second = post("/api/me/tokens", learner, "{\"name\":\"ci\"}", key);
		assertEquals(201, first.statusCode(), first.body());
		assertEquals(201, second.statusCode(), second.body());
		assertFalse(replayed(second), "a no-store answer (a token secret) is not kept for replay");
		assertNotEquals(Http.json(first).getString("secret"), Http.json(second).getString("secret"));
	}

	/**
	 * The package with its first content module's text grown by ~700 KB of
	 * incompressible words.
	 */
	private static ContentPackage withLargeText(ContentPackage pkg) {
		String file = pkg.manifest().modules().stream().filter(m -> m instanceof ContentModuleSpec)
				.map(m -> ((ContentModuleSpec) m).file()).findFirst().orElseThrow();
		Random random = new Random(42);
		StringBuilder text = new StringBuilder(pkg.text(file).orElseThrow()).append("\n\n## Appendix\n\n");
		while (text.length() < 900_000) {
			for (int i = 0, n = 3 + random.nextInt(8); i < n; i++) {
				text.append((char) ('a' + random.nextInt(26)));
			}
			text.append(random.nextInt(12) == 0 ? ".\n\n" : " ");
		}
		List<PackageFile> files = new ArrayList<>(pkg.files().stream().filter(f -> !f.path().equals(file)).toList());
		files.add(PackageFile.ofText(file, text.toString()));
		return new ContentPackage(pkg.manifest(), files);
	}
}
