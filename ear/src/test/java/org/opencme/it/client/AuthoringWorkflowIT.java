package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.it.Deployments;

/**
 * A designer's activity through its whole life over the API: import, review by
 * someone else, publish into the catalog, a second version that leaves the
 * first untouched, retirement; and bad packages refused whole.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthoringWorkflowIT {

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

	/**
	 * The sepsis demo package (fixture of the content module) under a new unique
	 * title, disclosures fresh.
	 */
	private byte[] demoPackageTitled(String title) {
		return new PackageWriter().write(Packages.demo("sepsis-hour-1-bundle", title));
	}

	@Test
	void importReviewPublishSearchReviseAndRetire() throws Exception {
		String title = "Sepsis workflow " + System.nanoTime();
		HttpResponse<byte[]> imported = Http.bytes("POST", "/api/activities/import", designer.basic(),
				demoPackageTitled(title), "application/zip");
		assertEquals(201, imported.statusCode(), new String(imported.body(), StandardCharsets.UTF_8));
		long id = Http.json(imported.body()).getJsonNumber("id").longValue();
		assertEquals("DRAFT", Http.json(imported.body()).getString("status"));

		assertEquals(403, Http.send("POST", "/api/activities/" + id + "/submit", learner.basic(), null).statusCode());
		assertEquals(200, Http.send("POST", "/api/activities/" + id + "/submit", designer.basic(), null).statusCode());
		assertEquals(403, Http.send("POST", "/api/activities/" + id + "/publish", designer.basic(), null).statusCode(),
				"the author never approves their own activity");
		HttpResponse<String> published = Http.send("POST", "/api/activities/" + id + "/publish", admin.basic(), null);
		assertEquals(200, published.statusCode(), published.body());
		assertEquals(1, Http.json(published).getInt("liveVersionNo"));

		assertTrue(foundInCatalog(title, id), "a published activity is searchable within a second");

		// Editing the published activity starts a new draft; version 1 stays live and
		// unchanged.
		byte[] v1 = Http.bytes("GET", "/api/activities/" + id + "/export?version=1", designer.basic(), null, null)
				.body();
		JsonObject summary = Http.json(Http.send("GET", "/api/activities/" + id, null, null));
		assertEquals(1, summary.getInt("versionNo"));
		long rowVersion = rowVersion(id);
		HttpResponse<String> edited = Http.send("PUT", "/api/activities/" + id, designer.basic(),
				"{\"title\":\"" + title + " (2027)\",\"summary\":\"Revised\",\"version\":" + rowVersion + "}");
		assertEquals(200, edited.statusCode(), edited.body());
		assertEquals("DRAFT", Http.json(edited).getString("status"));
		assertEquals(title, Http.json(Http.send("GET", "/api/activities/" + id, null, null)).getString("title"),
				"learners still see version 1");
		Http.send("POST", "/api/activities/" + id + "/submit", designer.basic(), null);
		HttpResponse<String> v2 = Http.send("POST", "/api/activities/" + id + "/publish", admin.basic(), null);
		assertEquals(2, Http.json(v2).getInt("liveVersionNo"));
		assertArrayEquals(v1,
				Http.bytes("GET", "/api/activities/" + id + "/export?version=1", designer.basic(), null, null).body(),
				"a published version never changes");
		JsonArray versions = Http.array(Http.send("GET", "/api/activities/" + id + "/versions", null, null));
		assertEquals(2, versions.size());

		assertEquals(200, Http.send("POST", "/api/activities/" + id + "/retire", designer.basic(), null).statusCode());
		assertFalse(foundInCatalog(title, id), "a retired activity disappears from search");
		assertEquals(409, Http.send("POST", "/api/activities/" + id + "/retire", designer.basic(), null).statusCode());
	}

	@Test
	void anIncompleteDraftCannotBeSubmittedAndSaysWhatIsMissing() {
		HttpResponse<String> created = Http.send("POST", "/api/activities", designer.basic(),
				"{\"title\":\"Incomplete " + System.nanoTime() + "\",\"format\":\"ON_DEMAND\"}");
		long id = Http.json(created).getJsonNumber("id").longValue();
		HttpResponse<String> submit = Http.send("POST", "/api/activities/" + id + "/submit", designer.basic(), null);
		assertEquals(400, submit.statusCode());
		String body = submit.body();
		assertTrue(
				body.contains("activity.objectives") && body.contains("activity.faculty") && body.contains("modules"),
				body);
		assertEquals("DRAFT",
				Http.json(Http.send("GET", "/api/activities/" + id, designer.basic(), null)).getString("status"));
	}

	@Test
	void aDraftIsPrivateToDesignersAndAdmins() {
		HttpResponse<String> created = Http.send("POST", "/api/activities", designer.basic(),
				"{\"title\":\"Private draft " + System.nanoTime() + "\",\"format\":\"LIVE_WEBINAR\"}");
		long id = Http.json(created).getJsonNumber("id").longValue();
		assertEquals(404, Http.send("GET", "/api/activities/" + id, null, null).statusCode());
		assertEquals(404, Http.send("GET", "/api/activities/" + id, learner.basic(), null).statusCode());
		assertEquals(200, Http.send("GET", "/api/activities/" + id, admin.basic(), null).statusCode());
	}

	@Test
	void aBadPackageIsRefusedWithEveryProblemAndNothingStored() throws Exception {
		String title = "Broken package " + System.nanoTime();
		byte[] good = demoPackageTitled(title);
		byte[] broken = rewriteManifest(good, m -> m.replace("\"CONTENT\"", "\"HOLOGRAM\""), "../../etc/passwd");
		HttpResponse<byte[]> refused = Http.bytes("POST", "/api/activities/import", designer.basic(), broken,
				"application/zip");
		assertEquals(400, refused.statusCode());
		JsonObject problem = Http.json(refused.body());
		assertTrue(problem.getJsonArray("errors").size() >= 2, problem.toString());
		String mine = Http.send("GET", "/api/activities/mine?status=DRAFT", designer.basic(), null).body();
		assertFalse(mine.contains(title), "nothing of a refused package is stored");

		HttpResponse<byte[]> notZip = Http.bytes("POST", "/api/activities/import", designer.basic(),
				"this is not a zip".getBytes(StandardCharsets.UTF_8), "application/zip");
		assertEquals(400, notZip.statusCode());
	}

	@Test
	void aPackageOverTheServersDefaultPostSizeIsReadAndAnswered() throws Exception {
		// 12 MB: over Undertow's default max-post-size (10 MB), which cut such
		// uploads off with no answer; the server is configured for the
		// application's own limit (600 MB).
		byte[] padding = new byte[12 * 1024 * 1024];
		new java.util.Random(3).nextBytes(padding);
		byte[] zip = rewriteManifest(demoPackageTitled("Large " + System.nanoTime()), m -> m, "media/unlisted.bin",
				padding);
		assertTrue(zip.length > 12_000_000);
		HttpResponse<byte[]> answer = Http.bytes("POST", "/api/activities/import", designer.basic(), zip,
				"application/zip");
		assertEquals(400, answer.statusCode(), "read whole and judged by the package rules");
		assertTrue(Http.json(answer.body()).toString().contains("media/unlisted.bin"),
				new String(answer.body(), StandardCharsets.UTF_8));
	}

	@Test
	void videoMediaIsServedInRangesToThoseWhoMaySeeIt() throws Exception {
		// A real 3 s MP4 (its length must be readable) made unique by a trailing 'free'
		// box of varying bytes.
		byte[] real = AuthoringWorkflowIT.class.getResourceAsStream("/fixtures/learning/clip-3s.mp4").readAllBytes();
		byte[] clip = java.util.Arrays.copyOf(real, 10_000);
		java.nio.ByteBuffer.wrap(clip, real.length, 8).putInt(clip.length - real.length)
				.put("free".getBytes(StandardCharsets.US_ASCII));
		for (int i = real.length + 8; i < clip.length; i++) {
			clip[i] = (byte) (i * 31 + System.nanoTime());
		}
		ContentPackage base = new org.opencme.content.pkg.PackageReader()
				.read(demoPackageTitled("Video activity " + System.nanoTime()));
		List<org.opencme.content.pkg.ModuleSpec> modules = new java.util.ArrayList<>(base.manifest().modules());
		modules.add(0, new org.opencme.content.pkg.VideoModuleSpec("intro-video", "Introduction", false,
				"media/clip.mp4", null, 90));
		List<org.opencme.content.pkg.PackageFile> files = new java.util.ArrayList<>(base.files());
		files.add(new org.opencme.content.pkg.PackageFile("media/clip.mp4", clip));
		ActivityManifest m = base.manifest();
		byte[] zip = new PackageWriter().write(new ContentPackage(
				new ActivityManifest(m.activity(), m.completionCriteria(), m.certificateTemplate(), modules), files));
		HttpResponse<byte[]> imported = Http.bytes("POST", "/api/activities/import", designer.basic(), zip,
				"application/zip");
		assertEquals(201, imported.statusCode(), new String(imported.body(), StandardCharsets.UTF_8));
		long id = Http.json(imported.body()).getJsonNumber("id").longValue();
		String path = "/media/"
				+ java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(clip));

		assertEquals(401, Http.bytes("GET", path, null, null, null).statusCode());
		assertEquals(404, Http.bytes("GET", path, learner.basic(), null, null).statusCode(),
				"a draft's media stays private");
		HttpResponse<byte[]> part = rangeGet(path, designer.basic(), "bytes=100-199");
		assertEquals(206, part.statusCode());
		assertEquals("bytes 100-199/10000", part.headers().firstValue("Content-Range").orElse(""));
		assertEquals("video/mp4", part.headers().firstValue("Content-Type").orElse(""));
		assertArrayEquals(java.util.Arrays.copyOfRange(clip, 100, 200), part.body());
		assertEquals(416, rangeGet(path, designer.basic(), "bytes=20000-").statusCode());

		Http.send("POST", "/api/activities/" + id + "/submit", designer.basic(), null);
		assertEquals(200, Http.send("POST", "/api/activities/" + id + "/publish", admin.basic(), null).statusCode());
		assertEquals(404, rangeGet(path, learner.basic(), "bytes=-10").statusCode(),
				"live, but the learner is not enrolled");
		assertEquals(201,
				Http.send("POST", "/api/enrollments", learner.basic(), "{\"activityId\":" + id + "}").statusCode());
		HttpResponse<byte[]> tail = rangeGet(path, learner.basic(), "bytes=-10");
		assertEquals(206, tail.statusCode());
		assertArrayEquals(java.util.Arrays.copyOfRange(clip, 9990, 10000), tail.body());
		assertEquals(10000, rangeGet(path, learner.basic(), null).body().length);
	}

	private static HttpResponse<byte[]> rangeGet(String path, String authorization, String range) throws Exception {
		java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest
				.newBuilder(java.net.URI.create(Http.BASE + path)).header("Authorization", authorization);
		if (range != null) {
			request.header("Range", range);
		}
		return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static boolean foundInCatalog(String title, long id) throws InterruptedException {
		String q = URLEncoder.encode("\"" + title + "\"", StandardCharsets.UTF_8);
		for (int i = 0; i < 10; i++) {
			String body = Http.send("GET", "/api/catalog?q=" + q, null, null).body();
			if (body.contains("\"id\":" + id + ",")) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}

	private static long rowVersion(long id) {
		for (String status : new String[]{"PUBLISHED", "DRAFT"}) {
			for (var value : Http
					.array(Http.send("GET", "/api/activities/mine?status=" + status, designer.basic(), null))) {
				JsonObject a = value.asJsonObject();
				if (a.getJsonNumber("id").longValue() == id) {
					return a.getJsonNumber("version").longValue();
				}
			}
		}
		throw new AssertionError("activity " + id + " not among the designer's");
	}

	static byte[] rewriteManifest(byte[] zip, java.util.function.UnaryOperator<String> change, String extraEntry)
			throws IOException {
		return rewriteManifest(zip, change, extraEntry, new byte[]{1});
	}

	/**
	 * {@code zip} with its manifest changed and, unless {@code extraEntry} is null,
	 * one more entry holding {@code extraContent}.
	 */
	static byte[] rewriteManifest(byte[] zip, java.util.function.UnaryOperator<String> change, String extraEntry,
			byte[] extraContent) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream zipOut = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("manifest.json")) {
					content = change.apply(new String(content, StandardCharsets.UTF_8))
							.getBytes(StandardCharsets.UTF_8);
				}
				zipOut.putNextEntry(new ZipEntry(entry.getName()));
				zipOut.write(content);
				zipOut.closeEntry();
			}
			if (extraEntry != null) {
				zipOut.putNextEntry(new ZipEntry(extraEntry));
				zipOut.write(extraContent);
				zipOut.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
