package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.LocalDate;

/**
 * Fixtures of the session tests, through the API: a free live activity (the
 * implicit-bias webinar demo under a unique title, so nobody needs an
 * allowance), a session of its {@code live-webinar} module, enrolled learners
 * and their registrations.
 */
final class LiveSessions {

	static final String MODULE = "live-webinar";

	private LiveSessions() {
	}

	/**
	 * The webinar demo, free, published anew under {@code title} by
	 * {@code designer}.
	 */
	static long freeWebinar(String title, Accounts.Account designer) {
		return Packages.publish(Packages.withFee(Packages.demo("implicit-bias-clinical-care", title), 0), designer);
	}

	/**
	 * Schedules {@code day} {@code from}-{@code to} (local times in {@code zone});
	 * the session id.
	 */
	static long schedule(Accounts.Account designer, long activity, LocalDate day, String from, String to, String zone,
			Integer capacity) {
		HttpResponse<String> created = Http.send("POST", "/api/activities/" + activity + "/sessions", designer.basic(),
				"{\"moduleId\":\"" + MODULE + "\",\"start\":\"" + day + "T" + from + ":00\",\"end\":\"" + day + "T" + to
						+ ":00\",\"timeZone\":\"" + zone + "\"" + (capacity == null ? "" : ",\"capacity\":" + capacity)
						+ "}");
		assertEquals(201, created.statusCode(), created.body());
		return Http.json(created).getJsonNumber("id").longValue();
	}

	/**
	 * Schedules a session of {@code minutes} from {@code start} (a moment, written
	 * in UTC), for sessions that are under way or about to start.
	 */
	static long scheduleAt(Accounts.Account designer, long activity, java.time.Instant start, int minutes,
			Integer capacity) {
		java.time.LocalDateTime from = java.time.LocalDateTime.ofInstant(start, java.time.ZoneOffset.UTC).withSecond(0)
				.withNano(0);
		java.time.LocalDateTime to = from.plusMinutes(minutes);
		HttpResponse<String> created = Http.send("POST", "/api/activities/" + activity + "/sessions", designer.basic(),
				"{\"moduleId\":\"" + MODULE + "\",\"start\":\"" + from + ":00\",\"end\":\"" + to
						+ ":00\",\"timeZone\":\"UTC\"" + (capacity == null ? "" : ",\"capacity\":" + capacity) + "}");
		assertEquals(201, created.statusCode(), created.body());
		return Http.json(created).getJsonNumber("id").longValue();
	}

	/** Enrols the learner; the enrolment id. */
	static long enrol(Accounts.Account learner, long activity) {
		HttpResponse<String> enrolled = Http.send("POST", "/api/enrollments", learner.basic(),
				"{\"activityId\":" + activity + "}");
		assertEquals(201, enrolled.statusCode(), enrolled.body());
		return Http.json(enrolled).getJsonNumber("id").longValue();
	}

	/** A new learner, enrolled in the activity. */
	static Accounts.Account enrolledLearner(long activity) {
		Accounts.Account learner = Accounts.learner();
		enrol(learner, activity);
		return learner;
	}

	static HttpResponse<String> register(Accounts.Account learner, long session) {
		return Http.send("POST", "/api/sessions/" + session + "/registrations", learner.basic(), null);
	}
}
