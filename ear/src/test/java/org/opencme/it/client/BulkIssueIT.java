package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Issue every pending certificate of activity X" as a batch job over the API:
 * only administrators start it; stopped half-way it resumes from its
 * checkpoint; it ends with exactly one certificate per learner it could claim
 * for, numbers without a gap, learners missing reporting details left to claim
 * themselves, and a learner who claimed before untouched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkIssueIT {

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return ClaimCertificateIT.deployment();
	}

	private static Accounts.Account nurse() {
		return Accounts.learner("np", "NP", "Nia", "Pract");
	}

	private static JsonObject waitFor(String admin, long id, Predicate<JsonObject> until, String what)
			throws InterruptedException {
		long deadline = System.nanoTime() + 120_000_000_000L;
		JsonObject now = null;
		while (System.nanoTime() < deadline) {
			now = Http.json(Http.send("GET", "/api/certificate-issues/" + id, admin, null));
			if (until.test(now)) {
				return now;
			}
			Thread.sleep(25);
		}
		throw new AssertionError("bulk issue never " + what + ": " + now);
	}

	@Test
	void stoppedHalfWayItResumesAndEndsWithOneCertificatePerLearner() throws Exception {
		long activity = ClaimCertificateIT.publishClaimable("Opioid bulk " + System.nanoTime());
		List<Accounts.Account> nurses = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			Accounts.Account nurse = nurse();
			ClaimCertificateIT.complete(nurse.basic(), ClaimCertificateIT.enrol(nurse.basic(), activity), 90);
			nurses.add(nurse);
		}
		// An MD without a birth date: AMA PRA Category 1 is reported, so the learner
		// claims.
		Accounts.Account doctor = Accounts.learner();
		ClaimCertificateIT.complete(doctor.basic(), ClaimCertificateIT.enrol(doctor.basic(), activity), 90);
		// One who claimed before the bulk issue: untouched.
		Accounts.Account early = nurse();
		long earlyEnrollment = ClaimCertificateIT.enrol(early.basic(), activity);
		ClaimCertificateIT.complete(early.basic(), earlyEnrollment, 90);
		assertEquals(201, Http.send("POST", "/api/enrollments/" + earlyEnrollment + "/claims", early.basic(),
				"{\"creditType\":\"IPCE\",\"amount\":1.0}").statusCode());

		String start = "{\"activityId\":" + activity + ",\"chunk\":2}";
		Accounts.Account learner = Accounts.learner();
		assertEquals(403, Http.send("POST", "/api/certificate-issues", learner.basic(), start).statusCode(),
				"a learner starts no bulk issue");
		Accounts.Account admin = Accounts.admin();
		HttpResponse<String> started = Http.send("POST", "/api/certificate-issues", admin.basic(), start);
		assertEquals(202, started.statusCode(), started.body());
		long id = Http.json(started).getJsonNumber("id").longValue();
		assertEquals(25, Http.json(started).getInt("total"), started.body());
		HttpResponse<String> twice = Http.send("POST", "/api/certificate-issues", admin.basic(), start);
		assertEquals(400, twice.statusCode(), "one bulk issue of an activity at a time: " + twice.body());

		waitFor(admin.basic(), id, p -> p.getInt("done") >= 4, "got going");
		HttpResponse<String> stop = Http.send("POST", "/api/certificate-issues/" + id + "/stop", admin.basic(), null);
		assertEquals(200, stop.statusCode(), stop.body());
		JsonObject stopped = waitFor(admin.basic(), id, p -> "STOPPED".equals(p.getString("status")), "stopped");
		assertTrue(stopped.getInt("done") < 25, "stopped half-way: " + stopped);
		assertEquals("Stopped (resume to go on)", stopped.getString("statusLabel"));

		HttpResponse<String> resume = Http.send("POST", "/api/certificate-issues/" + id + "/resume", admin.basic(),
				null);
		assertEquals(200, resume.statusCode(), resume.body());
		JsonObject done = waitFor(admin.basic(), id, p -> "DONE".equals(p.getString("status")), "finished");
		assertEquals(24, done.getInt("issued"), done.toString());
		assertEquals(1, done.getInt("mustClaim"), done.toString());
		assertEquals(25, done.getInt("done"), done.toString());
		assertEquals(100, done.getInt("percent"));
		assertEquals(1, done.getInt("resumed"));
		for (String list : List.of("/api/certificate-issues", "/api/certificate-issues?activityId=" + activity)) {
			HttpResponse<String> listed = Http.send("GET", list, admin.basic(), null);
			assertEquals(200, listed.statusCode(), list + ": " + listed.body());
			assertTrue(
					Http.array(listed).stream().anyMatch(b -> b.asJsonObject().getJsonNumber("id").longValue() == id),
					list + " lists it: " + listed.body());
		}

		List<Long> serials = new ArrayList<>();
		for (Accounts.Account nurse : nurses) {
			var mine = Http.array(Http.send("GET", "/api/me/certificates", nurse.basic(), null));
			assertEquals(1, mine.size(), "exactly one certificate for " + nurse.email() + ": " + mine);
			JsonObject certificate = mine.getJsonObject(0);
			assertEquals(1, certificate.getJsonArray("credits").size(), certificate.toString());
			assertTrue(certificate.getJsonArray("credits").getJsonObject(0).getString("creditType").contains("IPCE"),
					"a nurse practitioner's IPCE credit: " + certificate);
			String number = certificate.getString("number");
			assertTrue(
					java.nio.file.Files.isRegularFile(java.nio.file.Path.of(System.getProperty("it.data.dir"),
							"certificates", certificate.getString("verificationCode") + ".pdf")),
					"the job kept the PDF of " + number + " (after its head start was drained)");
			serials.add(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
			HttpResponse<byte[]> pdf = Http.bytes("GET", "/api/certificates/" + number + ".pdf", nurse.basic(), null,
					null);
			assertEquals(200, pdf.statusCode());
			assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF-"));
		}
		serials.sort(null);
		assertEquals(serials.size(), serials.get(serials.size() - 1) - serials.get(0) + 1,
				"the bulk issue's numbers have no gap: " + serials);
		assertEquals(0, Http.array(Http.send("GET", "/api/me/certificates", doctor.basic(), null)).size(),
				"the MD without a birth date claims themselves");
		assertEquals(1, Http.array(Http.send("GET", "/api/me/certificates", early.basic(), null)).size(),
				"the learner who claimed before keeps their one certificate");
	}
}
