package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.it.Deployments;

/**
 * Learners take seats in a live session: 50 at once for 10 seats give exactly
 * 10 seats and a waitlist of 40 in one order; repeating changes nothing; a
 * cancellation gives the seat to the head of the waitlist at once; only
 * enrolled learners register, and a cancelled session takes nobody.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionRegistrationIT {

	private static Accounts.Account designer;

	@BeforeAll
	static void freshAccounts() {
		designer = Accounts.designer();
	}

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	@Test
	void fiftyAtOnceForTenSeatsGiveTenSeatsAndAnOrderedWaitlist() throws Exception {
		long activity = LiveSessions.freeWebinar("Ten seats " + System.nanoTime(), designer);
		long session = schedule(activity, 10);
		List<Accounts.Account> learners = parallel(50, i -> {
			Accounts.Account learner = LiveSessions.enrolledLearner(activity);
			return learner;
		});

		CountDownLatch start = new CountDownLatch(1);
		List<HttpResponse<String>> answers = parallel(50, i -> {
			start.await();
			return LiveSessions.register(learners.get(i), session);
		}, start);
		answers.forEach(a -> assertEquals(200, a.statusCode(), a.body()));
		Map<String, List<JsonObject>> byStatus = answers.stream().map(Http::json)
				.collect(Collectors.groupingBy(j -> j.getString("status")));
		assertEquals(10, byStatus.get("REGISTERED").size(), "exactly the seats: " + byStatus.keySet());
		assertEquals(40, byStatus.get("WAITLISTED").size());
		assertEquals("On the waitlist", byStatus.get("WAITLISTED").get(0).getString("statusLabel"));
		assertEquals(IntStream.rangeClosed(1, 40).boxed().collect(Collectors.toSet()),
				byStatus.get("WAITLISTED").stream().map(j -> j.getInt("waitlistPosition")).collect(Collectors.toSet()),
				"one place each, none shared");

		// Repeating (a double click, a retry) keeps the place it had.
		for (int i = 0; i < 5; i++) {
			JsonObject first = Http.json(answers.get(i));
			JsonObject again = Http.json(LiveSessions.register(learners.get(i), session));
			assertEquals(first.getString("status"), again.getString("status"));
			assertEquals(first.get("waitlistPosition"), again.get("waitlistPosition"));
		}
		assertEquals(10, Http.json(LiveSessions.register(learners.get(0), session)).getInt("seatsTaken"));

		// A seat given up goes to the head of the waitlist.
		int seated = indexWith(answers, j -> j.getString("status").equals("REGISTERED"));
		int head = indexWith(answers,
				j -> j.getString("status").equals("WAITLISTED") && j.getInt("waitlistPosition") == 1);
		int second = indexWith(answers,
				j -> j.getString("status").equals("WAITLISTED") && j.getInt("waitlistPosition") == 2);
		HttpResponse<String> cancelled = Http.send("DELETE", "/api/sessions/" + session + "/registrations",
				learners.get(seated).basic(), null);
		assertEquals(200, cancelled.statusCode(), cancelled.body());
		assertEquals("CANCELLED", Http.json(cancelled).getString("status"));
		JsonObject promoted = mySession(learners.get(head), session).orElseThrow();
		assertEquals("REGISTERED", promoted.getString("status"), promoted.toString());
		assertEquals(10, promoted.getInt("seatsTaken"));
		assertEquals(1, mySession(learners.get(second), session).orElseThrow().getInt("waitlistPosition"),
				"the rest move up");
		assertTrue(mySession(learners.get(seated), session).isEmpty(), "a cancelled place is not listed");
		assertEquals(400,
				Http.send("DELETE", "/api/sessions/" + session + "/registrations", learners.get(seated).basic(), null)
						.statusCode(),
				"given up once");

		// Asking again after giving up: the end of the waitlist.
		JsonObject back = Http.json(LiveSessions.register(learners.get(seated), session));
		assertEquals("WAITLISTED", back.getString("status"));
		assertEquals(40, back.getInt("waitlistPosition"));
	}

	@Test
	void onlyEnrolledLearnersRegisterAndACancelledSessionTakesNobody() {
		long activity = LiveSessions.freeWebinar("Who registers " + System.nanoTime(), designer);
		long session = schedule(activity, null);
		Accounts.Account stranger = Accounts.learner();
		HttpResponse<String> notEnrolled = LiveSessions.register(stranger, session);
		assertEquals(403, notEnrolled.statusCode(), notEnrolled.body());
		assertTrue(notEnrolled.body().contains("Enrol in the activity"), notEnrolled.body());
		assertEquals(401, Http.send("POST", "/api/sessions/" + session + "/registrations", null, null).statusCode());
		assertEquals(404, LiveSessions.register(stranger, 987_654_321L).statusCode());

		Accounts.Account learner = LiveSessions.enrolledLearner(activity);
		JsonObject place = Http.json(LiveSessions.register(learner, session));
		assertEquals("REGISTERED", place.getString("status"), "no capacity: a seat for everyone");
		assertTrue(!place.containsKey("capacity") || place.isNull("capacity"));
		assertEquals(200,
				Http.send("POST", "/api/sessions/" + session + "/cancel", designer.basic(), null).statusCode());
		Accounts.Account late = LiveSessions.enrolledLearner(activity);
		HttpResponse<String> refused = LiveSessions.register(late, session);
		assertEquals(400, refused.statusCode(), refused.body());
		assertTrue(refused.body().contains("cancelled"), refused.body());
	}

	@Test
	void designersAssignProctorsAndAProctorSeesOnlyTheirSessions() {
		long activity = LiveSessions.freeWebinar("Proctored " + System.nanoTime(), designer);
		long session = schedule(activity, 5);
		Accounts.Account proctor = Accounts.proctor();
		Accounts.Account otherProctor = Accounts.proctor();
		Accounts.Account learner = LiveSessions.enrolledLearner(activity);
		assertEquals(200, LiveSessions.register(learner, session).statusCode());

		String path = "/api/sessions/" + session + "/proctors";
		HttpResponse<String> notAProctor = Http.send("POST", path, designer.basic(),
				"{\"email\":\"" + learner.email() + "\"}");
		assertEquals(400, notAProctor.statusCode(), notAProctor.body());
		assertTrue(notAProctor.body().contains("No proctor account has this e-mail address"), notAProctor.body());
		assertEquals(403,
				Http.send("POST", path, learner.basic(), "{\"email\":\"" + proctor.email() + "\"}").statusCode(),
				"a learner assigns nobody");
		assertEquals(403,
				Http.send("POST", path, proctor.basic(), "{\"email\":\"" + proctor.email() + "\"}").statusCode(),
				"nor does a proctor assign themselves");
		HttpResponse<String> assigned = Http.send("POST", path, designer.basic(),
				"{\"email\":\"" + proctor.email() + "\"}");
		assertEquals(200, assigned.statusCode(), assigned.body());
		assertEquals(200,
				Http.send("POST", path, designer.basic(), "{\"email\":\"" + proctor.email() + "\"}").statusCode(),
				"assigning twice is harmless");
		assertEquals(1, Http.array(Http.send("GET", path, designer.basic(), null)).size());

		JsonObject mine = Http.array(Http.send("GET", "/api/me/sessions?as=proctor", proctor.basic(), null)).stream()
				.map(JsonValue::asJsonObject)
				.filter(j -> j.getJsonObject("session").getJsonNumber("id").longValue() == session).findFirst()
				.orElseThrow();
		assertEquals(1, mine.getInt("registered"));
		assertTrue(mine.getString("activityTitle").startsWith("Proctored "));
		assertTrue(
				Http.array(Http.send("GET", "/api/me/sessions?as=proctor", otherProctor.basic(), null)).stream()
						.map(JsonValue::asJsonObject)
						.noneMatch(j -> j.getJsonObject("session").getJsonNumber("id").longValue() == session),
				"another proctor does not see it");
		assertEquals(403, Http.send("GET", path, otherProctor.basic(), null).statusCode());
		assertEquals(403, Http.send("GET", "/api/me/sessions?as=proctor", learner.basic(), null).statusCode());

		assertEquals(204, Http.send("DELETE", path + "/" + proctor.id(), designer.basic(), null).statusCode());
		assertEquals(403, Http.send("GET", path, proctor.basic(), null).statusCode(), "removed: no longer theirs");
		assertEquals(0, Http.array(Http.send("GET", path, designer.basic(), null)).size());
	}

	private static long schedule(long activity, Integer capacity) {
		return LiveSessions.schedule(designer, activity, LocalDate.now().plusDays(12), "14:00", "15:30",
				"America/Chicago", capacity);
	}

	private static Optional<JsonObject> mySession(Accounts.Account learner, long session) {
		HttpResponse<String> mine = Http.send("GET", "/api/me/sessions", learner.basic(), null);
		assertEquals(200, mine.statusCode(), mine.body());
		return Http.array(mine).stream().map(JsonValue::asJsonObject)
				.filter(j -> j.getJsonNumber("sessionId").longValue() == session).findFirst();
	}

	private static int indexWith(List<HttpResponse<String>> answers, java.util.function.Predicate<JsonObject> test) {
		return IntStream.range(0, answers.size()).filter(i -> test.test(Http.json(answers.get(i)))).findFirst()
				.orElseThrow();
	}

	interface Task<T> {
		T run(int i) throws Exception;
	}

	private static <T> List<T> parallel(int n, Task<T> task) throws Exception {
		return parallel(n, task, null);
	}

	/**
	 * Runs {@code n} tasks on {@code n} threads; opens {@code start} once all are
	 * submitted.
	 */
	private static <T> List<T> parallel(int n, Task<T> task, CountDownLatch start) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				int index = i;
				Callable<T> call = () -> task.run(index);
				futures.add(pool.submit(call));
			}
			if (start != null) {
				start.countDown();
			}
			List<T> results = new ArrayList<>();
			for (Future<T> f : futures) {
				results.add(f.get());
			}
			return results;
		} finally {
			pool.shutdownNow();
		}
	}
}
