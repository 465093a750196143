package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.PackageFile;
import org.opencme.it.Deployments;

/**
 * A stored file goes only to those who may see the content of an activity
 * holding it: its enrolled learners and its staff (authors, reviewers,
 * administrators); never anonymously, never to a signed-in learner without an
 * enrolment, even with the file's hash, and a paid activity's files only after
 * the enrolment paid. Through the API (Basic) and with the page session's
 * cookie alike.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaAccessIT {

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
	void aPaidLiveActivitysFileGoesToEnrolledLearnersAndStaffOnly() {
		String text = "# Unique text " + System.nanoTime() + "\n\nOnly for enrolled learners.\n";
		ContentPackage pkg = Packages.withFee(
				withFirstContentFile(Packages.demo("sepsis-hour-1-bundle", "Media access " + System.nanoTime()), text),
				1500);
		long activity = Packages.publish(pkg, designer);
		String media = "/media/" + sha256(text.getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> anonymous = Http.send("GET", media, null, null);
		assertEquals(401, anonymous.statusCode(), "anonymous");
		assertEquals(401, new WebSession().get(media).statusCode(), "anonymous page session");

		LearnerAccounts.Learner stranger = LearnerAccounts.create();
		assertEquals(404, Http.send("GET", media, stranger.basic(), null).statusCode(), "not enrolled");
		assertEquals(404, WebSession.signedIn(stranger.email(), LearnerAccounts.PASSWORD).get(media).statusCode(),
				"not enrolled, page session");
		assertEquals(404, Http.send("GET", "/media/" + "0".repeat(64), stranger.basic(), null).statusCode(),
				"unknown hash: same answer");

		LearnerAccounts.Learner learner = LearnerAccounts.create();
		HttpResponse<String> grant = Http.send("POST", "/api/users/" + learner.id() + "/allowances", admin.basic(),
				"{\"periodStart\":\"" + java.time.LocalDate.now(Http.PROVIDER_ZONE).minusDays(1) + "\",\"periodEnd\":\""
						+ java.time.LocalDate.now(Http.PROVIDER_ZONE).plusDays(30) + "\",\"amountMinor\":5000}");
		assertEquals(201, grant.statusCode(), grant.body());
		assertEquals(404, Http.send("GET", media, learner.basic(), null).statusCode(), "before enrolling");
		LearnerAccounts.enrol(learner, activity);
		HttpResponse<String> enrolled = Http.send("GET", media, learner.basic(), null);
		assertEquals(200, enrolled.statusCode(), "enrolled learner");
		assertEquals(text, enrolled.body());
		assertEquals(200, WebSession.signedIn(learner.email(), LearnerAccounts.PASSWORD).get(media).statusCode(),
				"enrolled learner, page session (cookie)");

		assertEquals(200, Http.send("GET", media, designer.basic(), null).statusCode(), "the author");
		assertEquals(200, Http.send("GET", media, admin.basic(), null).statusCode(), "an administrator");
		assertEquals(404, Http.send("GET", media, Accounts.proctor().basic(), null).statusCode(),
				"a proctor is not staff of the content");
	}

	@Test
	void aWorkingCopysFileGoesToStaffOnly() {
		String text = "# Draft text " + System.nanoTime() + "\n";
		ContentPackage pkg = withFirstContentFile(
				Packages.demo("sepsis-hour-1-bundle", "Draft media " + System.nanoTime()), text);
		HttpResponse<byte[]> imported = Http.bytes("POST", "/api/activities/import", designer.basic(),
				new org.opencme.content.pkg.PackageWriter().write(pkg), "application/zip");
		assertEquals(201, imported.statusCode());
		String media = "/media/" + sha256(text.getBytes(StandardCharsets.UTF_8));
		assertEquals(404, Http.send("GET", media, LearnerAccounts.create().basic(), null).statusCode(), "a learner");
		assertEquals(200, Http.send("GET", media, designer.basic(), null).statusCode(), "the author");
		assertEquals(200, Http.send("GET", media, admin.basic(), null).statusCode(), "a reviewer");
	}

	@Test
	void aRangeTooLargeForAnyFileIsA400Problem() {
		ContentPackage pkg = Packages.demo("sepsis-hour-1-bundle", "Range media " + System.nanoTime());
		HttpResponse<byte[]> imported = Http.bytes("POST", "/api/activities/import", designer.basic(),
				new org.opencme.content.pkg.PackageWriter().write(pkg), "application/zip");
		assertEquals(201, imported.statusCode());
		String media = "/media/" + sha256(firstContentFile(pkg).content());
		HttpResponse<String> whole = Http.send("GET", media, admin.basic(), null);
		assertEquals(200, whole.statusCode(), "a sepsis activity's file, to an administrator");
		for (String range : new String[]{"bytes=12345678901234567890-", "bytes=0-12345678901234567890",
				"bytes=-12345678901234567890"}) {
			HttpResponse<String> refused = Http.send("GET", media, admin.basic(), null, Map.of("Range", range));
			assertEquals(400, refused.statusCode(), range);
			assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
			assertEquals("Range", Http.json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
		}
		assertEquals(206, Http.send("GET", media, admin.basic(), null, Map.of("Range", "bytes=0-3")).statusCode());
	}

	private static PackageFile firstContentFile(ContentPackage pkg) {
		return pkg.files().stream().filter(f -> f.path().endsWith(".md")).findFirst().orElseThrow();
	}

	private static ContentPackage withFirstContentFile(ContentPackage pkg, String text) {
		String path = firstContentFile(pkg).path();
		List<PackageFile> files = new ArrayList<>();
		for (PackageFile f : pkg.files()) {
			files.add(f.path().equals(path) ? PackageFile.ofText(path, text) : f);
		}
		return new ContentPackage(pkg.manifest(), files);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
