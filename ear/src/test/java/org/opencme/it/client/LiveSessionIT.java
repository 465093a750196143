package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.it.Deployments;

/**
 * Designers schedule sessions of a live activity in a time zone; the activity
 * and the catalog show them as upcoming; bad input is refused field by field
 * with nothing stored; a cancelled session stays on record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveSessionIT {

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
	void aScheduledSessionIsShownInItsZoneAndMakesTheActivityUpcoming() {
		String title = "Webinar schedule " + System.nanoTime();
		long id = Packages.publish(Packages.demo("implicit-bias-clinical-care", title), designer);
		assertFalse(upcomingIds(title).contains(id), "no session yet, so not upcoming");

		LocalDate day = LocalDate.now().plusDays(10);
		HttpResponse<String> created = schedule(id, "live-webinar", day + "T09:00:00", day + "T10:30:00",
				"America/Denver", "https://webinar.example.org/x");
		assertEquals(201, created.statusCode(), created.body());
		JsonObject session = Http.json(created);
		Instant expected = day.atTime(9, 0).atZone(ZoneId.of("America/Denver")).toInstant();
		assertEquals(expected, Instant.parse(session.getString("startsAt").replaceAll("\\[.*\\]", "")));
		assertEquals("America/Denver", session.getString("timeZone"));

		JsonObject activity = Http.json(Http.send("GET", "/api/activities/" + id, null, null));
		assertEquals(title, activity.getString("title"));
		JsonArray sessions = activity.getJsonArray("sessions");
		assertEquals(1, sessions.size());
		assertEquals(session.getJsonNumber("id").longValue(),
				sessions.getJsonObject(0).getJsonNumber("id").longValue());
		assertTrue(!sessions.getJsonObject(0).containsKey("joinUrl") || sessions.getJsonObject(0).isNull("joinUrl"),
				"the join link is not shown to anonymous visitors: " + sessions);
		JsonObject asDesigner = Http.json(Http.send("GET", "/api/activities/" + id, designer.basic(), null));
		assertEquals("https://webinar.example.org/x",
				asDesigner.getJsonArray("sessions").getJsonObject(0).getString("joinUrl"));
		assertTrue(upcomingIds(title).contains(id), "a scheduled session makes the activity upcoming");
		String month = java.time.YearMonth.from(expected.atOffset(java.time.ZoneOffset.UTC)).toString();
		JsonObject inMonth = Http.json(Http.send("GET", "/api/catalog?starts=" + month + "&size=100&q="
				+ URLEncoder.encode("\"" + title + "\"", StandardCharsets.UTF_8), null, null));
		assertEquals(1, inMonth.getJsonNumber("total").longValue(), inMonth.toString());
		assertTrue(inMonth.getJsonObject("facets").getJsonArray("starts").stream().map(JsonValue::asJsonObject)
				.anyMatch(f -> f.getString("value").equals(month) && f.getInt("count") == 1), inMonth.toString());

		long sessionId = session.getJsonNumber("id").longValue();
		HttpResponse<String> cancelled = Http.send("POST", "/api/sessions/" + sessionId + "/cancel", designer.basic(),
				null);
		assertEquals(200, cancelled.statusCode(), cancelled.body());
		assertTrue(Http.json(cancelled).getBoolean("cancelled"));
		assertEquals(400,
				Http.send("POST", "/api/sessions/" + sessionId + "/cancel", designer.basic(), null).statusCode(),
				"cancelled once");
		JsonArray after = Http.array(Http.send("GET", "/api/activities/" + id + "/sessions", null, null));
		assertEquals(1, after.size(), "a cancelled session stays on record");
		assertEquals(designer.email(), after.getJsonObject(0).getString("cancelledBy"));
		assertFalse(upcomingIds(title).contains(id), "with its only session cancelled it is not upcoming");
	}

	@Test
	void badInputIsRefusedFieldByFieldAndNothingIsStored() {
		long id = Packages.publish(Packages.demo("implicit-bias-clinical-care", "Bad schedule " + System.nanoTime()),
				designer);
		LocalDate day = LocalDate.now().plusDays(5);
		HttpResponse<String> refused = schedule(id, "no-such-module", day + "T10:00:00", day + "T09:00:00",
				"Mars/Olympus", "http://insecure.example.org");
		assertEquals(400, refused.statusCode(), refused.body());
		Set<String> fields = Http.json(refused).getJsonArray("errors").stream()
				.map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
		assertEquals(Set.of("moduleId", "timeZone", "joinUrl"), fields, refused.body());
		assertTrue(
				Http.json(refused).getJsonArray("errors").stream().map(JsonValue::asJsonObject)
						.anyMatch(e -> e.getString("field").equals("timeZone") && e.getString("message")
								.equals("Unknown time zone \"Mars/Olympus\"; use a name such as America/Chicago.")),
				"the unknown zone is quoted as typed: " + refused.body());

		HttpResponse<String> backwards = schedule(id, "live-webinar", day + "T10:00:00", day + "T09:00:00",
				"Europe/Paris", null);
		assertEquals(400, backwards.statusCode());
		assertTrue(backwards.body().contains("end after it starts"), backwards.body());
		HttpResponse<String> past = schedule(id, "live-webinar", "2020-01-01T10:00:00", "2020-01-01T11:00:00",
				"Europe/Paris", null);
		assertEquals(400, past.statusCode());
		assertTrue(past.body().contains("in the past"), past.body());

		assertEquals(0, Http.array(Http.send("GET", "/api/activities/" + id + "/sessions", null, null)).size());
	}

	@Test
	void onlyAuthorsAndAdministratorsSchedule() {
		long id = Packages.publish(Packages.demo("implicit-bias-clinical-care", "Who schedules " + System.nanoTime()),
				designer);
		LocalDate day = LocalDate.now().plusDays(3);
		String body = "{\"moduleId\":\"live-webinar\",\"start\":\"" + day + "T10:00:00\",\"end\":\"" + day
				+ "T11:00:00\",\"timeZone\":\"UTC\"}";
		assertEquals(403, Http.send("POST", "/api/activities/" + id + "/sessions", learner.basic(), body).statusCode());
		assertEquals(401, Http.send("POST", "/api/activities/" + id + "/sessions", null, body).statusCode());
		assertEquals(201, Http.send("POST", "/api/activities/" + id + "/sessions", admin.basic(), body).statusCode());
	}

	private static HttpResponse<String> schedule(long id, String module, String start, String end, String zone,
			String joinUrl) {
		String body = "{\"moduleId\":\"" + module + "\",\"start\":\"" + start + "\",\"end\":\"" + end
				+ "\",\"timeZone\":\"" + zone + "\"" + (joinUrl == null ? "" : ",\"joinUrl\":\"" + joinUrl + "\"")
				+ "}";
		return Http.send("POST", "/api/activities/" + id + "/sessions", designer.basic(), body);
	}

	private static Set<Long> upcomingIds(String title) {
		JsonObject results = Http.json(Http.send("GET", "/api/catalog?upcoming=true&size=50&q="
				+ URLEncoder.encode("\"" + title + "\"", StandardCharsets.UTF_8), null, null));
		return results.getJsonArray("items").stream().map(JsonValue::asJsonObject)
				.map(i -> i.getJsonNumber("id").longValue()).collect(Collectors.toSet());
	}
}
