package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.it.Deployments;

/**
 * A Zoom participant report imported into a session: people matched by e-mail
 * (two overlapping devices counted once), a name-only match waiting for the
 * proctor, the host, a guest and a stranger listed and not credited; the same
 * file twice changes nothing; a file with a bad line is refused with its line
 * and nothing stored; the roster shows the report's minutes beside the rest.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendanceImportIT {

	private static final DateTimeFormatter ZOOM = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.ENGLISH)
			.withZone(ZoneOffset.UTC);

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	private static String at(Instant start, int minutes) {
		return ZOOM.format(start.plus(Duration.ofMinutes(minutes)));
	}

	@Test
	void aZoomReportIsMatchedOnceAndShownOnTheRoster() {
		Accounts.Account designer = Accounts.designer();
		Accounts.Account proctor = Accounts.proctor();
		long activity = LiveSessions.freeWebinar("Import " + System.nanoTime(), designer);
		Instant start = Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		long session = LiveSessions.scheduleAt(designer, activity, start, 60, null);
		assertEquals(200, Http.send("POST", "/api/sessions/" + session + "/proctors", designer.basic(),
				"{\"email\":\"" + proctor.email() + "\"}").statusCode());
		Accounts.Account pat = LiveSessions.enrolledLearner(activity);
		assertEquals(200, LiveSessions.register(pat, session).statusCode());
		Accounts.Account walkIn = LiveSessions.enrolledLearner(activity);
		String family = TestNames.letters(8);
		Accounts.Account named = Accounts.learner("named", "RN", "Quinn", family);
		LiveSessions.enrol(named, activity);
		assertEquals(200, LiveSessions.register(named, session).statusCode());

		String report = "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants,\r\n"
				+ "812345678,Import," + at(start, -5) + "," + at(start, 62) + "," + proctor.email() + ",67,6,\r\n\r\n"
				+ "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\r\n" + "Host Person,"
				+ proctor.email() + "," + at(start, -5) + "," + at(start, 62) + ",67\r\n" + "Pat," + pat.email() + ","
				+ at(start, -2) + "," + at(start, 30) + ",32\r\n" + "Pat (iPhone)," + pat.email() + "," + at(start, 20)
				+ "," + at(start, 53) + ",33\r\n" + "Walk In," + walkIn.email() + "," + at(start, 10) + ","
				+ at(start, 40) + ",30\r\n" + "Quinn " + family + ",," + at(start, 0) + "," + at(start, 45) + ",45\r\n"
				+ "Jo Guest,," + at(start, 0) + "," + at(start, 60) + ",60\r\n" + "Stranger,stranger-"
				+ System.nanoTime() + "@example.org," + at(start, 0) + "," + at(start, 60) + ",60\r\n";
		byte[] file = report.getBytes(StandardCharsets.UTF_8);
		String path = "/api/sessions/" + session + "/attendance/import?filename=participants.csv";
		assertEquals(403, Http.bytes("POST", path, pat.basic(), file, "text/csv").statusCode(), "not a learner's");

		HttpResponse<byte[]> imported = Http.bytes("POST", path, proctor.basic(), file, "text/csv");
		assertEquals(201, imported.statusCode(), new String(imported.body(), StandardCharsets.UTF_8));
		JsonObject summary = Http.json(imported.body());
		assertEquals("Zoom", summary.getString("platform"));
		Map<String, JsonObject> lines = summary.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
				.collect(Collectors.toMap(l -> l.getString("name"), l -> l));
		assertEquals("HOST", lines.get("Host Person").getString("outcome"));
		assertEquals("MATCHED", lines.get("Pat").getString("outcome"));
		assertEquals(53, lines.get("Pat").getInt("minutes"), "0-30 and 20-53 overlap: 53 minutes, not 65");
		assertEquals("MATCHED", lines.get("Walk In").getString("outcome"));
		assertEquals("NAME_MATCH", lines.get("Quinn " + family).getString("outcome"));
		assertEquals("NO_IDENTITY", lines.get("Jo Guest").getString("outcome"));
		assertEquals("NOT_ENROLLED", lines.get("Stranger").getString("outcome"));

		HttpResponse<byte[]> again = Http.bytes("POST", path, proctor.basic(), file, "text/csv");
		assertEquals(200, again.statusCode(), "the same file twice");
		assertTrue(Http.json(again.body()).getBoolean("repeated"));
		String broken = report.replace(at(start, 10), "16.03.2027 14:05");
		HttpResponse<byte[]> refused = Http.bytes("POST", path, proctor.basic(),
				broken.getBytes(StandardCharsets.UTF_8), "text/csv");
		assertEquals(400, refused.statusCode());
		String why = new String(refused.body(), StandardCharsets.UTF_8);
		assertTrue(why.contains("Line 8") && why.contains("nothing was stored"), why);
		assertEquals(1,
				Http.array(Http.send("GET", "/api/sessions/" + session + "/attendance/imports", proctor.basic(), null))
						.size(),
				"one import, the refused file left nothing");

		Map<Long, JsonObject> roster = roster(proctor, session);
		assertEquals(53, roster.get(pat.id()).getInt("reportMinutes"));
		assertEquals(30, roster.get(walkIn.id()).getInt("reportMinutes"), "matched by e-mail: on the roster");
		assertEquals("Walk-in", roster.get(walkIn.id()).getString("place"));
		assertFalse(
				roster.get(named.id()).containsKey("reportMinutes") && !roster.get(named.id()).isNull("reportMinutes"),
				"a name match counts only once confirmed");

		long line = lines.get("Quinn " + family).getJsonNumber("id").longValue();
		HttpResponse<String> confirmed = Http.send("POST",
				"/api/sessions/" + session + "/attendance/import-lines/" + line + "/confirm", proctor.basic(), null);
		assertEquals(200, confirmed.statusCode(), confirmed.body());
		assertEquals(45, roster(proctor, session).get(named.id()).getInt("reportMinutes"));
	}

	private static Map<Long, JsonObject> roster(Accounts.Account proctor, long session) {
		HttpResponse<String> r = Http.send("GET", "/api/sessions/" + session + "/roster?max=100", proctor.basic(),
				null);
		assertEquals(200, r.statusCode(), r.body());
		return Http.json(r).getJsonArray("rows").stream().map(JsonValue::asJsonObject)
				.collect(Collectors.toMap(j -> j.getJsonNumber("accountId").longValue(), j -> j));
	}
}
