package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

/**
 * Fresh accounts and records for the access tests: a learner registered through
 * the API, an activity published from a demo package under a unique title, an
 * enrolment.
 */
final class LearnerAccounts {

	static final String PASSWORD = Accounts.PASSWORD;

	/** A registered learner: e-mail and Basic credentials. */
	record Learner(String email, String basic) {
		long id() {
			return Http.json(Http.send("GET", "/api/me", basic, null)).getJsonNumber("id").longValue();
		}
	}

	private LearnerAccounts() {
	}

	static Learner create() {
		String email = Accounts.uniqueEmail("access");
		Accounts.register(email);
		return new Learner(email, Http.basic(email, PASSWORD));
	}

	/**
	 * The free sepsis demo (content, document, quiz, evaluation, attestation),
	 * published anew.
	 */
	static long aFreeDemoActivity() {
		return Packages.publish(Packages.demo("sepsis-hour-1-bundle", "Access sepsis " + System.nanoTime()));
	}

	static long enrol(Learner learner, long activityId) {
		HttpResponse<String> r = Http.send("POST", "/api/enrollments", learner.basic(),
				"{\"activityId\":" + activityId + "}");
		assertEquals(201, r.statusCode(), r.body());
		return Http.json(r).getJsonNumber("id").longValue();
	}

	static boolean noEnrolments(Learner learner) {
		return Http.array(Http.send("GET", "/api/me/enrollments", learner.basic(), null)).isEmpty();
	}
}
