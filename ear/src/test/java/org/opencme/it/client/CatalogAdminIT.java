package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.it.Deployments;

/**
 * Administrators extend the synonym list (searches use a rule at once, a bad
 * rule stores nothing) and rebuild the index in the background while searches
 * go on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogAdminIT {

	/**
	 * Accounts of this class's own, made for each run (each test makes its own
	 * records).
	 */
	private static Accounts.Account designer;
	private static Accounts.Account admin;
	private static Accounts.Account learner;

	@BeforeAll
	static void freshAccounts() {
		designer = Accounts.designer();
		admin = Accounts.admin();
		learner = Accounts.learner();
	}

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	@Test
	void anAddedSynonymFindsActivitiesAtOnceAndRemovingItStopsThat() {
		String word = "zolvanex" + TestNames.letters(6);
		String alias = "qwx" + TestNames.letters(6);
		long id = Packages.publish(Packages.demo("hypertension-2026-update", "Managing " + word + " in primary care"));
		assertFalse(finds(alias, id), "the alias means nothing before the rule exists");

		HttpResponse<String> added = Http.send("POST", "/api/admin/catalog/synonyms", admin.basic(),
				"{\"rule\":\"" + alias + ", " + word + "\"}");
		assertEquals(201, added.statusCode(), added.body());
		long ruleId = Http.json(added).getJsonNumber("id").longValue();
		assertTrue(finds(alias, id), "the alias finds the activity once the rule is added");

		JsonObject listed = Http.json(Http.send("GET", "/api/admin/catalog/synonyms", admin.basic(), null));
		assertTrue(listed.getString("shipped").contains("htn"));
		assertTrue(listed.getJsonArray("items").stream().map(JsonValue::asJsonObject)
				.anyMatch(r -> r.getJsonNumber("id").longValue() == ruleId && r.getBoolean("active")));

		HttpResponse<String> removed = Http.send("DELETE", "/api/admin/catalog/synonyms/" + ruleId, admin.basic(),
				null);
		assertEquals(200, removed.statusCode(), removed.body());
		assertFalse(Http.json(removed).getBoolean("active"));
		assertEquals(admin.email(), Http.json(removed).getString("removedBy"));
		assertFalse(finds(alias, id), "a removed rule no longer applies");
		assertEquals(400,
				Http.send("DELETE", "/api/admin/catalog/synonyms/" + ruleId, admin.basic(), null).statusCode(),
				"a rule is removed once");
	}

	@Test
	void aBadRuleIsExplainedAndNothingIsStored() {
		int before = rules();
		for (String bad : new String[]{"", "justoneword", "a => "}) {
			HttpResponse<String> refused = Http.send("POST", "/api/admin/catalog/synonyms", admin.basic(),
					"{\"rule\":\"" + bad + "\"}");
			assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
			JsonObject problem = Http.json(refused);
			assertFalse(problem.getString("detail").isBlank());
			assertTrue(problem.getJsonArray("errors").toString().contains("rule"), problem.toString());
		}
		assertEquals(before, rules());
	}

	@Test
	void onlyAdministratorsManageTheIndex() {
		assertEquals(403, Http.send("GET", "/api/admin/catalog", designer.basic(), null).statusCode());
		assertEquals(403, Http.send("POST", "/api/admin/catalog/rebuild", learner.basic(), null).statusCode());
		assertEquals(403,
				Http.send("POST", "/api/admin/catalog/synonyms", learner.basic(), "{\"rule\":\"a, b\"}").statusCode());
		assertEquals(401, Http.send("GET", "/api/admin/catalog/synonyms", null, null).statusCode());
	}

	@Test
	void aRebuildRunsInTheBackgroundAndSearchesGoOn() throws InterruptedException {
		long documents = Http.json(Http.send("GET", "/api/admin/catalog", admin.basic(), null))
				.getJsonNumber("documents").longValue();
		HttpResponse<String> started = Http.send("POST", "/api/admin/catalog/rebuild", admin.basic(), null);
		assertTrue(started.statusCode() == 202 || started.statusCode() == 409, started.body());
		JsonObject status = Http.json(started);
		for (int i = 0; i < 120; i++) {
			assertEquals(200, Http.send("GET", "/api/catalog?q=hypertension", null, null).statusCode());
			status = Http.json(Http.send("GET", "/api/admin/catalog", admin.basic(), null));
			if ("SUCCEEDED".equals(status.getJsonObject("rebuild").getString("state"))) {
				break;
			}
			Thread.sleep(250);
		}
		JsonObject rebuild = status.getJsonObject("rebuild");
		assertEquals("SUCCEEDED", rebuild.getString("state"), status.toString());
		assertEquals(admin.email(), rebuild.getString("requestedBy"));
		assertEquals(rebuild.getInt("total"), rebuild.getInt("done"));
		assertTrue(status.getJsonNumber("documents").longValue() >= documents, status.toString());
		assertEquals("READY", status.getString("health"));
	}

	private static boolean finds(String text, long activityId) {
		JsonObject results = Http.json(Http.send("GET",
				"/api/catalog?size=50&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), null, null));
		return results.getJsonArray("items").stream()
				.anyMatch(i -> i.asJsonObject().getJsonNumber("id").longValue() == activityId);
	}

	private static int rules() {
		return Http.json(Http.send("GET", "/api/admin/catalog/synonyms", admin.basic(), null)).getJsonArray("items")
				.size();
	}
}
