package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.content.pkg.ModuleKind;
import org.opencme.it.Deployments;

/**
 * Malformed JSON, wrong JSON types, numbers that do not fit their field
 * (instead of wrapping or truncating), invalid dates and over-long texts are
 * each a 400 problem naming the field and its rule, and store nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

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

	@Test
	void anActivityWithABadBodyIsRefusedAndNothingIsStored() {
		int before = drafts();
		assertBadRequest(Http.send("POST", "/api/activities", designer.basic(), "{\"title\":"), "body",
				"well-formed JSON");
		assertBadRequest(Http.send("POST", "/api/activities", designer.basic(), "[1,2]"), "body", null);
		assertBadRequest(
				Http.send("POST", "/api/activities", designer.basic(), "{\"title\":5,\"format\":\"ON_DEMAND\"}"),
				"title", "string");
		assertBadRequest(Http.send("POST", "/api/activities", designer.basic(),
				"{\"title\":{\"a\":1},\"format\":\"ON_DEMAND\"}"), "title", "string");
		assertBadRequest(Http.send("POST", "/api/activities", designer.basic(),
				"{\"title\":\"Long summary\",\"format\":\"ON_DEMAND\",\"summary\":\"" + "x".repeat(500_000) + "\"}"),
				"summary", "4000");
		assertBadRequest(Http.send("POST", "/api/activities", designer.basic(),
				"{\"title\":\"" + "t".repeat(301) + "\",\"format\":\"ON_DEMAND\"}"), "title", "300");
		assertEquals(before, drafts(), "nothing stored");

		HttpResponse<String> created = Http.send("POST", "/api/activities", designer.basic(),
				"{\"title\":\"Edited " + System.nanoTime() + "\",\"format\":\"ON_DEMAND\"}");
		assertEquals(201, created.statusCode(), created.body());
		long id = Http.json(created).getJsonNumber("id").longValue();
		assertBadRequest(
				Http.send("PUT", "/api/activities/" + id, designer.basic(), "{\"title\":\"x\",\"version\":1e30}"),
				"version", "whole number");
		assertBadRequest(Http.send("PUT", "/api/activities/" + id, designer.basic(),
				"{\"title\":\"x\",\"version\":\"0\",\"summary\":\"s\"}"), "version", "whole number");
	}

	@Test
	void numbersThatDoNotFitAreRefusedNotWrapped() {
		LearnerAccounts.Learner learner = LearnerAccounts.create();
		long enrollment = LearnerAccounts.enrol(learner, LearnerAccounts.aFreeDemoActivity());
		String attestation = Packages.demo("sepsis-hour-1-bundle", "x").manifest().modules().stream()
				.filter(m -> m.kind() == ModuleKind.ATTESTATION).findFirst().orElseThrow().key();
		String url = "/api/enrollments/" + enrollment + "/attestation";
		for (String minutes : new String[]{"4294967326", "30.9", "1e30", "\"30\"", "true"}) {
			assertBadRequest(Http.send("POST", url, learner.basic(),
					"{\"moduleId\":\"" + attestation + "\",\"minutes\":" + minutes + "}"), "minutes", null);
		}
		assertBadRequest(
				Http.send("POST", url, learner.basic(), "{\"moduleId\":\"" + attestation + "\",\"minutes\":100001}"),
				"minutes", "100000");
		JsonObject state = Http.json(Http.send("GET", "/api/enrollments/" + enrollment, learner.basic(), null));
		assertTrue(state.getJsonArray("modules").stream().map(m -> m.asJsonObject())
				.noneMatch(m -> m.getBoolean("completed")), "nothing attested: " + state);

		assertBadRequest(Http.send("POST", "/api/enrollments/" + enrollment + "/evaluation", learner.basic(),
				"{\"moduleId\":\"evaluation\",\"submit\":\"yes\"}"), "submit", "true or false");
		assertBadRequest(Http.send("POST", "/api/enrollments/" + enrollment + "/modules/recognize/progress",
				learner.basic(), "{\"position\":4294967326}"), "position", null);
		assertBadRequest(Http.send("POST", "/api/enrollments", learner.basic(), "{\"activityId\":1.5}"), "activityId",
				"whole number");
	}

	@Test
	void anAllowanceWithAnAmountOrDateThatDoesNotFitIsRefused() {
		LearnerAccounts.Learner learner = LearnerAccounts.create();
		String url = "/api/users/" + learner.id() + "/allowances";
		assertBadRequest(
				Http.send("POST", url, admin.basic(),
						"{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\",\"amountMinor\":1e30}"),
				"amountMinor", "whole number");
		assertBadRequest(
				Http.send("POST", url, admin.basic(),
						"{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\",\"amountMinor\":99999999999}"),
				"amountMinor", null);
		assertBadRequest(
				Http.send("POST", url, admin.basic(),
						"{\"periodStart\":\"2026-02-30\",\"periodEnd\":\"2026-12-31\",\"amountMinor\":100}"),
				"periodStart", "date");
		assertBadRequest(Http.send("POST", url, admin.basic(), "{\"periodStart\":\"2026-01-01\",\"amountMinor\":100}"),
				"periodEnd", null);
		assertEquals(204, Http.send("GET", "/api/me/allowance", learner.basic(), null).statusCode(),
				"no allowance stored");
	}

	@Test
	void overLongRegistrationFieldsAreRefusedAndNoAccountIsMade() {
		String email = "long-" + System.nanoTime() + "@example.org";
		assertBadRequest(Http.send("POST", "/api/accounts", null,
				"{\"email\":\"" + email + "\",\"password\":\"" + LearnerAccounts.PASSWORD + "\",\"givenName\":\""
						+ "g".repeat(101) + "\",\"familyName\":\"F\",\"profession\":\"MD\"}"),
				"givenName", "100");
		assertBadRequest(Http.send("POST", "/api/accounts", null,
				"{\"email\":\"" + email + "\",\"password\":\"" + LearnerAccounts.PASSWORD
						+ "\",\"givenName\":\"G\",\"familyName\":\"F\",\"profession\":\"MD\","
						+ "\"licences\":[{\"state\":\"NY\",\"number\":7}]}"),
				"licences.number", "string");
		assertEquals(401, Http.send("GET", "/api/me", Http.basic(email, LearnerAccounts.PASSWORD), null).statusCode(),
				"no account stored");
	}

	private static int drafts() {
		return Http.array(Http.send("GET", "/api/activities/mine?status=DRAFT", designer.basic(), null)).size();
	}

	/**
	 * A 400 problem whose errors name {@code field}, its message containing
	 * {@code rule}.
	 */
	static void assertBadRequest(HttpResponse<String> response, String field, String rule) {
		assertEquals(400, response.statusCode(), response.body());
		assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
				response.body());
		JsonObject problem = Http.json(response);
		assertTrue(
				problem.getJsonArray("errors").stream().map(e -> e.asJsonObject())
						.anyMatch(e -> e.getString("field").equals(field)
								&& (rule == null || e.getString("message").contains(rule))),
				"field " + field + " (" + rule + "): " + response.body());
	}
}
