package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ModuleKind;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.QuestionSpec;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.it.Deployments;

/**
 * Administrators read a learner's enrolment and attempts but never write them:
 * progress, attestation, quiz start/resume, answers, submit and evaluation are
 * the learner's own acts. Another learner may do neither.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningRecordAccessIT {

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	@Test
	void anAdministratorReadsButCannotActAsTheLearner() {
		ActivityManifest manifest = Packages.demo("sepsis-hour-1-bundle", "x").manifest();
		LearnerAccounts.Learner learner = LearnerAccounts.create();
		long enrollment = LearnerAccounts.enrol(learner, LearnerAccounts.aFreeDemoActivity());
		String base = "/api/enrollments/" + enrollment;
		QuizModuleSpec quiz = (QuizModuleSpec) module(manifest, ModuleKind.QUIZ);
		JsonObject attempt = Http
				.json(Http.send("POST", base + "/modules/" + quiz.key() + "/attempts", learner.basic(), null));
		long attemptId = attempt.getJsonNumber("id").longValue();
		QuestionSpec question = quiz.questions().stream()
				.filter(q -> q.key().equals(attempt.getJsonArray("questions").getJsonObject(0).getString("id")))
				.findFirst().orElseThrow();
		String option = question.options().get(0).key();

		String administrator = Accounts.admin().basic();
		for (String caller : new String[]{administrator, LearnerAccounts.create().basic()}) {
			boolean admin = caller.equals(administrator);
			assertEquals(admin ? 200 : 403, Http.send("GET", base, caller, null).statusCode(), "read enrolment");
			assertEquals(admin ? 200 : 403, Http.send("GET", "/api/attempts/" + attemptId, caller, null).statusCode(),
					"read attempt");
			assertRefused(
					Http.send("POST", base + "/modules/" + module(manifest, ModuleKind.CONTENT).key() + "/progress",
							caller, "{\"completed\":true}"),
					"mark a module done");
			assertRefused(
					Http.send("POST", base + "/attestation", caller,
							"{\"moduleId\":\"" + module(manifest, ModuleKind.ATTESTATION).key() + "\",\"minutes\":10}"),
					"attest time");
			assertRefused(Http.send("POST", base + "/modules/" + quiz.key() + "/attempts", caller, null),
					"resume the quiz attempt");
			assertRefused(Http.send("PUT", "/api/attempts/" + attemptId + "/responses/" + question.key(), caller,
					"{\"selected\":[\"" + option + "\"]}"), "answer");
			assertRefused(Http.send("POST", "/api/attempts/" + attemptId + "/submit", caller, null), "submit");
			String evaluation = module(manifest, ModuleKind.EVALUATION).key();
			assertRefused(
					Http.send("POST", base + "/evaluation", caller,
							"{\"moduleId\":\"" + evaluation + "\",\"answers\":{},\"submit\":true}"),
					"submit the evaluation");
		}

		JsonObject state = Http.json(Http.send("GET", base, learner.basic(), null));
		assertEquals(0, state.getInt("percent"), state.toString());
		JsonObject untouched = Http.json(Http.send("GET", "/api/attempts/" + attemptId, learner.basic(), null));
		assertFalse(untouched.getBoolean("submitted"));
		assertEquals(0, untouched.getJsonArray("questions").getJsonObject(0).getJsonArray("selected").size());
		assertEquals(200,
				Http.send("POST", base + "/modules/" + module(manifest, ModuleKind.CONTENT).key() + "/progress",
						learner.basic(), "{\"completed\":true}").statusCode(),
				"the learner writes");
	}

	private static void assertRefused(HttpResponse<String> response, String what) {
		assertEquals(403, response.statusCode(), what + ": " + response.body());
	}

	private static ModuleSpec module(ActivityManifest manifest, ModuleKind kind) {
		return manifest.modules().stream().filter(m -> m.kind() == kind).findFirst().orElseThrow();
	}
}
