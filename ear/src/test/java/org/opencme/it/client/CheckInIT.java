package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.it.Deployments;

/**
 * Check-in with the proctor's code: 50 identical requests at once make one
 * check-in; a wrong code and a closed window are refused with the reason; only
 * registered learners check in; wrong codes are throttled; only the session's
 * proctors read the code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CheckInIT {

	private static Accounts.Account designer;
	private static Accounts.Account proctor;
	private static long activity;
	private static long session;

	@BeforeAll
	static void aSessionUnderWay() {
		designer = Accounts.designer();
		proctor = Accounts.proctor();
		activity = LiveSessions.freeWebinar("Check-in " + System.nanoTime(), designer);
		session = LiveSessions.scheduleAt(designer, activity, Instant.now().plus(Duration.ofMinutes(5)), 60, null);
		HttpResponse<String> assigned = Http.send("POST", "/api/sessions/" + session + "/proctors", designer.basic(),
				"{\"email\":\"" + proctor.email() + "\"}");
		assertEquals(200, assigned.statusCode(), assigned.body());
	}

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	@Test
	void fiftyIdenticalCheckInsAtOnceMakeOne() throws Exception {
		Accounts.Account learner = registered(session);
		JsonObject shown = code(proctor);
		assertTrue(shown.getBoolean("open"), "15 minutes before the start check-in is open: " + shown);
		String code = shown.getString("code");
		assertEquals(6, code.length());
		assertTrue(Instant.parse(shown.getString("changesAt")).isAfter(Instant.now().minusSeconds(5)));

		HttpResponse<String> wrong = checkIn(learner, session, "AAAAAA".equals(code) ? "BBBBBB" : "AAAAAA");
		assertEquals(400, wrong.statusCode(), wrong.body());
		assertTrue(wrong.body().contains("not the code shown"), wrong.body());

		ExecutorService pool = Executors.newFixedThreadPool(50);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		String typed = code.substring(0, 3).toLowerCase() + " " + code.substring(3);
		try {
			for (int i = 0; i < 50; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return checkIn(learner, session, typed);
				}));
			}
			start.countDown();
			int created = 0;
			for (Future<HttpResponse<String>> f : answers) {
				HttpResponse<String> answer = f.get();
				assertTrue(answer.statusCode() == 201 || answer.statusCode() == 200, answer.body());
				created += answer.statusCode() == 201 ? 1 : 0;
			}
			assertEquals(1, created, "one check-in, the rest answer it again");
		} finally {
			pool.shutdownNow();
		}
		JsonObject after = code(proctor);
		assertTrue(after.getInt("checkedIn") >= 1);
		HttpResponse<String> again = checkIn(learner, session, "ZZZZZZ");
		assertEquals(200, again.statusCode(), "checked in already: a repeat is harmless: " + again.body());
		assertTrue(Http.json(again).getBoolean("repeated"));
	}

	@Test
	void withoutARegistrationOrOutsideTheWindowTheAnswerSaysWhy() {
		String code = code(proctor).getString("code");
		Accounts.Account enrolledOnly = LiveSessions.enrolledLearner(activity);
		HttpResponse<String> notRegistered = checkIn(enrolledOnly, session, code);
		assertEquals(403, notRegistered.statusCode(), notRegistered.body());
		assertTrue(notRegistered.body().contains("not registered for this session"), notRegistered.body());

		long later = LiveSessions.schedule(designer, activity, LocalDate.now().plusDays(10), "14:00", "15:00",
				"America/Chicago", null);
		Accounts.Account early = registered(later);
		HttpResponse<String> closed = checkIn(early, later, code);
		assertEquals(400, closed.statusCode(), closed.body());
		assertTrue(closed.body().contains("Check-in opens at"), closed.body());
		assertFalse(code(designer, later).getBoolean("open"));
		JsonObject closedCode = code(designer, later);
		assertTrue(!closedCode.containsKey("code") || closedCode.isNull("code"), "no code outside the window");
	}

	@Test
	void wrongCodesAreThrottledEvenBeforeTheRightOne() {
		Accounts.Account guesser = registered(session);
		for (int i = 0; i < 5; i++) {
			assertEquals(400, checkIn(guesser, session, "WRONG" + (char) ('A' + i)).statusCode());
		}
		HttpResponse<String> throttled = checkIn(guesser, session, code(proctor).getString("code"));
		assertEquals(429, throttled.statusCode(), throttled.body());
		assertTrue(throttled.body().contains("Too many wrong codes"), throttled.body());
	}

	@Test
	void onlyTheSessionsProctorsReadTheCode() {
		Accounts.Account otherProctor = Accounts.proctor();
		Accounts.Account learner = registered(session);
		assertEquals(403, Http.send("GET", "/api/sessions/" + session + "/check-in-code", otherProctor.basic(), null)
				.statusCode());
		assertEquals(403,
				Http.send("GET", "/api/sessions/" + session + "/check-in-code", learner.basic(), null).statusCode());
		assertEquals(401, Http.send("GET", "/api/sessions/" + session + "/check-in-code", null, null).statusCode());

		String page = "/proctor/session.xhtml?id=" + session;
		WebSession theirs = new WebSession(Accounts.uniqueAddress());
		assertEquals(302, theirs.signIn(proctor.email(), Accounts.PASSWORD).statusCode());
		HttpResponse<String> shown = theirs.get(page);
		assertEquals(200, shown.statusCode());
		assertTrue(shown.body().contains("check-in-code"), "the code is on the proctor's page");
		WebSession other = new WebSession(Accounts.uniqueAddress());
		assertEquals(302, other.signIn(otherProctor.email(), Accounts.PASSWORD).statusCode());
		assertEquals(404, other.get(page).statusCode(), "another proctor's session is not found");
		WebSession learnerPages = new WebSession(Accounts.uniqueAddress());
		assertEquals(302, learnerPages.signIn(learner.email(), Accounts.PASSWORD).statusCode());
		assertEquals(403, learnerPages.get(page).statusCode());
	}

	private static Accounts.Account registered(long sessionId) {
		Accounts.Account learner = LiveSessions.enrolledLearner(activity);
		HttpResponse<String> place = LiveSessions.register(learner, sessionId);
		assertEquals("REGISTERED", Http.json(place).getString("status"), place.body());
		return learner;
	}

	private static JsonObject code(Accounts.Account who) {
		return code(who, session);
	}

	private static JsonObject code(Accounts.Account who, long sessionId) {
		HttpResponse<String> shown = Http.send("GET", "/api/sessions/" + sessionId + "/check-in-code", who.basic(),
				null);
		assertEquals(200, shown.statusCode(), shown.body());
		return Http.json(shown);
	}

	private static HttpResponse<String> checkIn(Accounts.Account learner, long sessionId, String code) {
		return Http.send("POST", "/api/sessions/" + sessionId + "/check-in", learner.basic(),
				"{\"code\":\"" + code + "\"}");
	}
}
