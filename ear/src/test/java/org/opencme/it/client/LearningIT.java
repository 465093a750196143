package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.OptionSpec;
import org.opencme.content.pkg.QuestionSpec;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.it.Deployments;

/**
 * The learner's path over the API: enrolment pinned to a version, the allowance
 * ledger, progress, and quiz attempts whose answers survive a new request (new
 * transaction, fresh persistence context), resume, double submit and the
 * attempt limit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningIT {

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

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	/** A new learner account; answers its Basic credentials. */
	static String newLearner() {
		String email = "learner-" + System.nanoTime() + "@example.org";
		HttpResponse<String> r = Http.send("POST", "/api/accounts", null,
				"{\"email\":\"" + email
						+ "\",\"password\":\"a long passphrase\",\"givenName\":\"Lee\",\"familyName\":\"Learner\","
						+ "\"profession\":\"MD\"}");
		assertEquals(201, r.statusCode(), r.body());
		return Http.basic(email, "a long passphrase");
	}

	private static long enrol(String learner, long activityId) {
		HttpResponse<String> r = Http.send("POST", "/api/enrollments", learner, "{\"activityId\":" + activityId + "}");
		assertEquals(201, r.statusCode(), r.body());
		return Http.json(r).getJsonNumber("id").longValue();
	}

	@Test
	void aLearnerKeepsTheVersionTheyEnrolledIn() {
		String title = "Pinned HTN " + System.nanoTime();
		long id = Packages.publish(Packages.demo("hypertension-2026-update", title), designer);
		String early = newLearner();
		long enrollment = enrol(early, id);
		assertEquals(1, Http.json(Http.send("GET", "/api/enrollments/" + enrollment, early, null)).getInt("versionNo"));
		assertEquals(enrollment, enrol(early, id), "enrolling twice gives the same enrolment");

		long rowVersion = Http.array(Http.send("GET", "/api/activities/mine?status=PUBLISHED", designer.basic(), null))
				.stream().map(JsonValue::asJsonObject).filter(a -> a.getJsonNumber("id").longValue() == id).findFirst()
				.orElseThrow().getJsonNumber("version").longValue();
		HttpResponse<String> edited = Http.send("PUT", "/api/activities/" + id, designer.basic(),
				"{\"title\":\"" + title + " v2\",\"summary\":\"Updated for 2027.\",\"version\":" + rowVersion + "}");
		assertEquals(200, edited.statusCode(), edited.body());
		HttpResponse<String> submitted = Http.send("POST", "/api/activities/" + id + "/submit", designer.basic(), null);
		assertEquals(200, submitted.statusCode(), submitted.body());
		assertEquals(200, Http.send("POST", "/api/activities/" + id + "/publish", admin.basic(), null).statusCode());

		JsonObject kept = Http.json(Http.send("GET", "/api/enrollments/" + enrollment, early, null));
		assertEquals(1, kept.getInt("versionNo"));
		assertEquals(title, kept.getString("title"), "the enrolled learner still sees version 1");
		String late = newLearner();
		long second = enrol(late, id);
		assertEquals(2, Http.json(Http.send("GET", "/api/enrollments/" + second, late, null)).getInt("versionNo"));
		assertEquals(403, Http.send("GET", "/api/enrollments/" + enrollment, late, null).statusCode(),
				"another learner's enrolment is not theirs to see");
	}

	@Test
	void aPaidActivitySpendsTheAllowanceAndNeverBelowZero() {
		long id = Packages.publish(Packages.demo("type-2-diabetes-2026-update", "Paid T2DM " + System.nanoTime()));
		long fee = Http.json(Http.send("GET", "/api/activities/" + id, null, null)).getJsonNumber("feeMinor")
				.longValue();
		assertTrue(fee > 0);
		String learner = newLearner();
		HttpResponse<String> refused = Http.send("POST", "/api/enrollments", learner, "{\"activityId\":" + id + "}");
		assertEquals(409, refused.statusCode());
		assertTrue(Http.array(Http.send("GET", "/api/me/enrollments", learner, null)).isEmpty(), "nothing stored");

		long learnerId = Http.json(Http.send("GET", "/api/me", learner, null)).getJsonNumber("id").longValue();
		int year = java.time.LocalDate.now().getYear();
		HttpResponse<String> grant = Http.send("POST", "/api/users/" + learnerId + "/allowances", admin.basic(),
				"{\"periodStart\":\"" + year + "-01-01\",\"periodEnd\":\"" + year + "-12-31\",\"amountMinor\":"
						+ (fee + 1000) + "}");
		assertEquals(201, grant.statusCode(), grant.body());
		enrol(learner, id);
		assertEquals(1000, Http.json(Http.send("GET", "/api/me/allowance", learner, null)).getJsonNumber("balanceMinor")
				.longValue());
		long second = Packages
				.publish(Packages.demo("type-2-diabetes-2026-update", "Paid T2DM bis " + System.nanoTime()));
		HttpResponse<String> tooMuch = Http.send("POST", "/api/enrollments", learner,
				"{\"activityId\":" + second + "}");
		assertEquals(409, tooMuch.statusCode());
		assertTrue(tooMuch.body().contains("allowance"), tooMuch.body());
		assertEquals(1000, Http.json(Http.send("GET", "/api/me/allowance", learner, null)).getJsonNumber("balanceMinor")
				.longValue(), "a refused enrolment spends nothing");
	}

	@Test
	void answersAreSavedAtOnceResumedGradedOnceAndCountedAgainstTheLimit() {
		ContentPackage pkg = Packages.demo("sepsis-hour-1-bundle", "Quiz sepsis " + System.nanoTime());
		QuizModuleSpec quiz = pkg.manifest().modules().stream().filter(m -> m instanceof QuizModuleSpec)
				.map(m -> (QuizModuleSpec) m).findFirst().orElseThrow();
		long id = Packages.publish(Packages.withManifest(pkg, m -> limitAttempts(m, quiz, 2)));
		String learner = newLearner();
		long enrollment = enrol(learner, id);
		String start = "/api/enrollments/" + enrollment + "/modules/" + quiz.key() + "/attempts";

		JsonObject attempt = Http.json(Http.send("POST", start, learner, null));
		long attemptId = attempt.getJsonNumber("id").longValue();
		JsonArray questions = attempt.getJsonArray("questions");
		Map<String, QuestionSpec> bank = quiz.questions().stream().collect(Collectors.toMap(QuestionSpec::key, q -> q));
		String first = questions.getJsonObject(0).getString("id");
		assertEquals(204, save(learner, attemptId, first, wrong(bank.get(first))).statusCode());
		// A new request (new transaction, fresh persistence context) sees the answer;
		// starting again resumes.
		JsonObject resumed = Http.json(Http.send("POST", start, learner, null));
		assertEquals(attemptId, resumed.getJsonNumber("id").longValue());
		assertEquals(wrong(bank.get(first)),
				resumed.getJsonArray("questions").getJsonObject(0).getJsonArray("selected").getString(0));
		assertEquals(400, save(learner, attemptId, "no-such-question", "a").statusCode());
		for (JsonValue q : questions) {
			save(learner, attemptId, q.asJsonObject().getString("id"),
					wrong(bank.get(q.asJsonObject().getString("id"))));
		}
		JsonObject failed = Http.json(Http.send("POST", "/api/attempts/" + attemptId + "/submit", learner, null));
		assertEquals(false, failed.getBoolean("passed"));
		JsonObject again = Http.json(Http.send("POST", "/api/attempts/" + attemptId + "/submit", learner, null));
		assertEquals(failed.getInt("scorePercent"), again.getInt("scorePercent"), "a double submit changes nothing");
		assertEquals(409, save(learner, attemptId, first, right(bank.get(first))).statusCode());
		JsonObject marked = failed.getJsonArray("questions").getJsonObject(0);
		assertEquals("WHICH_WRONG", failed.getString("feedback"), failed.toString());
		assertEquals(false, marked.getBoolean("correct"), "which answers were wrong is shown");
		assertTrue(absent(marked, "rationale") && absent(marked, "correctOptions"),
				"a failed post-test with an attempt left does not give the answers away: " + marked);

		JsonObject second = Http.json(Http.send("POST", start, learner, null));
		long secondId = second.getJsonNumber("id").longValue();
		assertEquals(2, second.getInt("attemptNo"));
		for (JsonValue q : second.getJsonArray("questions")) {
			String key = q.asJsonObject().getString("id");
			save(learner, secondId, key, right(bank.get(key)));
		}
		JsonObject passed = Http.json(Http.send("POST", "/api/attempts/" + secondId + "/submit", learner, null));
		assertEquals(100, passed.getInt("scorePercent"));
		assertEquals(true, passed.getBoolean("passed"));
		assertEquals("ANSWERS", passed.getString("feedback"));
		assertNotNull(passed.getJsonArray("questions").getJsonObject(0).getString("rationale", null));
		JsonObject firstAgain = Http.json(Http.send("GET", "/api/attempts/" + attemptId, learner, null));
		assertEquals("ANSWERS", firstAgain.getString("feedback"), "after the pass the failed attempt shows all");
		assertEquals(right(bank.get(first)),
				firstAgain.getJsonArray("questions").getJsonObject(0).getJsonArray("correctOptions").getString(0));
		assertEquals(409, Http.send("POST", start, learner, null).statusCode(), "passed: no further attempts");
		JsonObject state = Http.json(Http.send("GET", "/api/enrollments/" + enrollment, learner, null));
		assertTrue(state.getJsonArray("modules").stream().map(JsonValue::asJsonObject)
				.anyMatch(m -> m.getString("id").equals(quiz.key()) && m.getBoolean("completed")));
	}

	@Test
	void progressOfReadingMovesThePercentage() {
		long id = Packages.publish(Packages.demo("opioid-safety-naloxone", "Opioids " + System.nanoTime()));
		String learner = newLearner();
		long enrollment = enrol(learner, id);
		JsonObject before = Http.json(Http.send("GET", "/api/enrollments/" + enrollment, learner, null));
		String content = before.getJsonArray("modules").stream().map(JsonValue::asJsonObject)
				.filter(m -> m.getString("kind").equals("CONTENT") && m.getBoolean("required")).findFirst()
				.orElseThrow().getString("id");
		JsonObject after = Http
				.json(Http.send("POST", "/api/enrollments/" + enrollment + "/modules/" + content + "/progress", learner,
						"{\"completed\":true}"));
		assertTrue(after.getInt("percent") > before.getInt("percent"));
	}

	@Test
	void finishingEveryRequiredStepCompletesTheEnrollment() {
		ContentPackage pkg = Packages.demo("hypertension-2026-update", "Complete HTN " + System.nanoTime());
		long id = Packages.publish(pkg);
		String learner = newLearner();
		long enrollment = enrol(learner, id);
		String base = "/api/enrollments/" + enrollment;
		for (ModuleSpec module : pkg.manifest().modules()) {
			switch (module.kind()) {
				case CONTENT, DOCUMENT -> assertEquals(200, Http
						.send("POST", base + "/modules/" + module.key() + "/progress", learner, "{\"completed\":true}")
						.statusCode());
				case QUIZ -> passQuiz(learner, enrollment, (QuizModuleSpec) module);
				case EVALUATION -> {
					var items = ((org.opencme.content.pkg.EvaluationModuleSpec) module).items();
					String likertOnly = items.stream()
							.filter(i -> i.type() == org.opencme.content.pkg.EvaluationItemType.LIKERT)
							.map(i -> "\"" + i.key() + "\":\"4\"").collect(Collectors.joining(","));
					HttpResponse<String> early = Http.send("POST", base + "/evaluation", learner,
							"{\"moduleId\":\"" + module.key() + "\",\"submit\":true}");
					assertEquals(400, early.statusCode(), "unanswered Likert items are named");
					HttpResponse<String> done = Http.send("POST", base + "/evaluation", learner,
							"{\"moduleId\":\"" + module.key() + "\",\"answers\":{" + likertOnly + "},\"submit\":true}");
					assertEquals(200, done.statusCode(), done.body());
					assertEquals(true, Http.json(done).getBoolean("submitted"));
				}
				case ATTESTATION -> {
					assertEquals(400, Http.send("POST", base + "/attestation", learner,
							"{\"moduleId\":\"" + module.key() + "\",\"minutes\":100000}").statusCode());
					assertEquals(400,
							Http.send("POST", base + "/attestation", learner,
									"{\"moduleId\":\"" + module.key() + "\",\"minutes\":30}").statusCode(),
							"30 minutes cannot have been spent in the seconds since enrolling");
					assertEquals(200, Http.send("POST", base + "/attestation", learner,
							"{\"moduleId\":\"" + module.key() + "\",\"minutes\":1}").statusCode());
				}
				default -> {
				}
			}
		}
		JsonObject state = Http.json(Http.send("GET", base, learner, null));
		assertEquals("COMPLETED", state.getString("status"), state.toString());
		assertEquals(100, state.getInt("percent"));
		assertTrue(state.getJsonArray("stillRequired").isEmpty());
	}

	private static void passQuiz(String learner, long enrollment, QuizModuleSpec quiz) {
		Map<String, QuestionSpec> bank = quiz.questions().stream().collect(Collectors.toMap(QuestionSpec::key, q -> q));
		JsonObject attempt = Http.json(Http.send("POST",
				"/api/enrollments/" + enrollment + "/modules/" + quiz.key() + "/attempts", learner, null));
		long attemptId = attempt.getJsonNumber("id").longValue();
		for (JsonValue q : attempt.getJsonArray("questions")) {
			QuestionSpec spec = bank.get(q.asJsonObject().getString("id"));
			String chosen = spec.options().stream().filter(OptionSpec::correct).map(o -> "\"" + o.key() + "\"")
					.collect(Collectors.joining(","));
			assertEquals(204, Http.send("PUT", "/api/attempts/" + attemptId + "/responses/" + spec.key(), learner,
					"{\"selected\":[" + chosen + "]}").statusCode());
		}
		assertEquals(true, Http.json(Http.send("POST", "/api/attempts/" + attemptId + "/submit", learner, null))
				.getBoolean("passed"));
	}

	private static boolean absent(JsonObject o, String name) {
		return !o.containsKey(name) || o.isNull(name);
	}

	private static HttpResponse<String> save(String learner, long attemptId, String question, String option) {
		return Http.send("PUT", "/api/attempts/" + attemptId + "/responses/" + question, learner,
				"{\"selected\":[\"" + option + "\"]}");
	}

	private static String right(QuestionSpec q) {
		return q.options().stream().filter(OptionSpec::correct).findFirst().orElseThrow().key();
	}

	private static String wrong(QuestionSpec q) {
		return q.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().key();
	}

	private static ActivityManifest limitAttempts(ActivityManifest m, QuizModuleSpec quiz, int limit) {
		List<ModuleSpec> modules = m
				.modules().stream().map(
						x -> x == quiz
								? (ModuleSpec) new QuizModuleSpec(quiz.key(), quiz.title(), quiz.required(),
										quiz.role(), quiz.passPercent(), limit, null, quiz.shuffleQuestions(),
										quiz.shuffleOptions(), quiz.drawCount(), quiz.feedback(),
										quiz.questions().stream().filter(
												q -> q.type() != org.opencme.content.pkg.QuestionType.MULTIPLE_CHOICE)
												.toList())
								: x)
				.toList();
		return new ActivityManifest(m.activity(), m.completionCriteria(), m.certificateTemplate(), modules);
	}
}
