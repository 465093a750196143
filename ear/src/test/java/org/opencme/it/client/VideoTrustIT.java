package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import org.opencme.content.pkg.PackageFile;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.content.pkg.VideoModuleSpec;
import org.opencme.it.Deployments;

/**
 * What a video completion rests on, over the API: the stored file's length (a
 * heartbeat's claimed duration is not believed), the wall-clock time between
 * heartbeats (a flood of forged heartbeats earns no more than the time that
 * passed), and a video whose length cannot be read is refused at upload.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VideoTrustIT {

	/**
	 * Accounts of this class's own, made for each run (each test makes its own
	 * records).
	 */
	private static Accounts.Account designer;

	@BeforeAll
	static void freshAccounts() {
		designer = Accounts.designer();
	}

	private static final String VIDEO = "media/clip-40s.webm";
	private static final String MODULE = "trusted-video";

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	@Test
	void aReportedDurationIsNotBelieved() throws IOException {
		Learner l = enrolled();
		assertEquals(200, beat(l, "{\"position\":0}").statusCode());
		HttpResponse<String> two = beat(l, "{\"position\":2,\"duration\":1}");
		assertFalse(module(Http.json(two)).getBoolean("completed"),
				"2 s of a 40 s video, whatever the browser says its length is: " + two.body());
	}

	@Test
	void aFloodOfHeartbeatsEarnsNoMoreThanTheTimeThatPassed() throws IOException {
		Learner l = enrolled();
		long started = System.nanoTime();
		beat(l, "{\"fromMs\":0,\"toMs\":0}");
		JsonObject last = null;
		for (int i = 0; i < 14; i++) {
			beat(l, "{\"position\":" + (3 * i + 3) + ",\"duration\":40}");
			last = module(Http.json(beat(l, "{\"fromMs\":" + (i * 3000) + ",\"toMs\":" + (i * 3000 + 3000) + "}")));
		}
		long elapsedSeconds = (System.nanoTime() - started) / 1_000_000_000L;
		assertTrue(last.getInt("secondsWatched") <= elapsedSeconds + 1,
				"counted " + last.getInt("secondsWatched") + " s in " + elapsedSeconds + " s of real time: " + last);
		assertFalse(last.getBoolean("completed"), last.toString());
	}

	@Test
	void aVideoWhoseLengthCannotBeReadIsRefusedAtUpload() {
		byte[] fake = new byte[8192];
		System.arraycopy("\0\0\0\u0018ftypmp42".getBytes(StandardCharsets.ISO_8859_1), 0, fake, 0, 12);
		fake[100] = (byte) System.nanoTime();
		HttpResponse<byte[]> imported = Http.bytes("POST", "/api/activities/import", designer.basic(),
				new PackageWriter().write(withVideo(base(), fake)), "application/zip");
		String body = new String(imported.body(), StandardCharsets.UTF_8);
		assertEquals(400, imported.statusCode(), body);
		assertTrue(body.contains(VIDEO) && body.contains("length cannot be read"), body);
	}

	private record Learner(String authorization, long enrollmentId) {
	}

	private static Learner enrolled() throws IOException {
		long activityId = Packages.publish(withVideo(base(), clip()));
		String learner = LearningIT.newLearner();
		HttpResponse<String> r = Http.send("POST", "/api/enrollments", learner, "{\"activityId\":" + activityId + "}");
		assertEquals(201, r.statusCode(), r.body());
		return new Learner(learner, Http.json(r).getJsonNumber("id").longValue());
	}

	private static HttpResponse<String> beat(Learner l, String json) {
		return Http.send("POST", "/api/enrollments/" + l.enrollmentId() + "/modules/" + MODULE + "/progress",
				l.authorization(), json);
	}

	private static JsonObject module(JsonObject enrollment) {
		return enrollment.getJsonArray("modules").stream().map(JsonValue::asJsonObject)
				.filter(m -> MODULE.equals(m.getString("id"))).findFirst().orElseThrow();
	}

	private static ContentPackage base() {
		return Packages.demo("hypertension-2026-update", "Trusted video " + System.nanoTime());
	}

	private static byte[] clip() throws IOException {
		try (InputStream in = VideoTrustIT.class.getResourceAsStream("/fixtures/learning/clip-40s.webm")) {
			return in.readAllBytes();
		}
	}

	/**
	 * The package with a required video module first (90 %, the editor's default).
	 */
	static ContentPackage withVideo(ContentPackage pkg, byte[] video) {
		List<PackageFile> files = new ArrayList<>(pkg.files());
		files.add(new PackageFile(VIDEO, video));
		ContentPackage changed = Packages.withManifest(pkg, m -> {
			List<ModuleSpec> modules = new ArrayList<>(m.modules());
			modules.add(0, new VideoModuleSpec(MODULE, "Watch: measuring blood pressure", true, VIDEO, null, 90));
			return new ActivityManifest(m.activity(), m.completionCriteria(), m.certificateTemplate(), modules);
		});
		return new ContentPackage(changed.manifest(), files);
	}
}
