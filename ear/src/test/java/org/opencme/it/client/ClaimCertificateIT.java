package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.CompletionCriteriaSpec;
import org.opencme.content.pkg.ContentModuleSpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.CreditDesignationSpec;
import org.opencme.content.pkg.EvaluationModuleSpec;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.it.Deployments;

/**
 * Completion → claim → award → certificate over the API: every claim rule
 * refused with its field, reporting details asked before reported credit, one
 * claim under 20 parallel identical requests, the PDF for its learner only,
 * public verification (valid, revoked, superseded, unknown, guesses limited).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimCertificateIT {

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	/**
	 * Opioid safety with its three text pages and the attestation; 1.5 AMA and 1.5
	 * IPCE.
	 */
	static long publishClaimable(String title) {
		ContentPackage demo = Packages.demo("opioid-safety-naloxone", title);
		return Packages.publish(Packages.withManifest(demo, m -> {
			List<ModuleSpec> modules = m.modules().stream().filter(x -> x instanceof ContentModuleSpec).toList();
			ActivitySpec a = m.activity();
			ActivitySpec spec = new ActivitySpec(a.title(), a.summary(), a.objectives(), a.targetAudience(), a.topics(),
					a.format(), a.estimatedMinutes(), a.faculty(), a.accreditationStatement(),
					List.of(new CreditDesignationSpec("AMA_PRA_1", new BigDecimal("1.50"), null),
							new CreditDesignationSpec("IPCE", new BigDecimal("1.50"), null)),
					a.releaseDate(), a.expiryDate(), 0, a.currency(), a.capacity());
			return new ActivityManifest(spec, new CompletionCriteriaSpec(modules.stream().map(ModuleSpec::key).toList(),
					null, false, null, false), m.certificateTemplate(), modules);
		}));
	}

	static long enrol(String learner, long activityId) {
		HttpResponse<String> r = Http.send("POST", "/api/enrollments", learner, "{\"activityId\":" + activityId + "}");
		assertEquals(201, r.statusCode(), r.body());
		return Http.json(r).getJsonNumber("id").longValue();
	}

	static void complete(String learner, long enrollment, int attestedMinutes) {
		JsonObject state = Http.json(Http.send("GET", "/api/enrollments/" + enrollment, learner, null));
		for (var m : state.getJsonArray("modules")) {
			JsonObject module = m.asJsonObject();
			String key = module.getString("id");
			if ("ATTESTATION".equals(module.getString("kind"))) {
				HttpResponse<String> r = Http.send("POST", "/api/enrollments/" + enrollment + "/attestation", learner,
						"{\"moduleId\":\"" + key + "\",\"minutes\":" + attestedMinutes + "}");
				assertEquals(200, r.statusCode(), r.body());
			} else {
				HttpResponse<String> r = Http.send("POST",
						"/api/enrollments/" + enrollment + "/modules/" + key + "/progress", learner,
						"{\"completed\":true}");
				assertEquals(200, r.statusCode(), r.body());
			}
		}
		assertEquals("COMPLETED",
				Http.json(Http.send("GET", "/api/enrollments/" + enrollment, learner, null)).getString("status"));
	}

	private static HttpResponse<String> claim(String learner, long enrollment, String json) {
		return Http.send("POST", "/api/enrollments/" + enrollment + "/claims", learner, json);
	}

	private static void giveReportingDetails(String learner) {
		HttpResponse<String> r = Http.send("PUT", "/api/me/reporting-details", learner,
				"{\"birthMonth\":3,\"birthDay\":14,\"licence\":{\"state\":\"NY\",\"number\":\"MD-12345\"},\"permitReporting\":true}");
		assertEquals(200, r.statusCode(), r.body());
	}

	private static String errorsOf(HttpResponse<String> problem) {
		return Http.json(problem).getJsonArray("errors").toString();
	}

	/**
	 * The evaluation's estimated minutes, which the designer sets, are left out of
	 * the time AANP counts and not out of ANCC's. The server lets a learner attest
	 * no more than the time since they enrolled (1 minute here): with a 30-minute
	 * evaluation no AANP time is left, while ANCC counts the minute (0.01 contact
	 * hour).
	 */
	@Test
	void anEvaluationsMinutesDoNotCountForAanp() {
		ContentPackage demo = Packages.demo("hypertension-2026-update", "Evaluation minutes " + System.nanoTime());
		long activity = Packages.publish(Packages.withManifest(demo, m -> {
			List<ModuleSpec> modules = m.modules().stream().filter(x -> !(x instanceof QuizModuleSpec))
					.map(x -> x instanceof EvaluationModuleSpec e
							? new EvaluationModuleSpec(e.key(), e.title(), e.required(), e.items(), 30)
							: x)
					.toList();
			ActivitySpec a = m.activity();
			ActivitySpec spec = new ActivitySpec(a.title(), a.summary(), a.objectives(), a.targetAudience(), a.topics(),
					a.format(), a.estimatedMinutes(), a.faculty(), a.accreditationStatement(),
					List.of(new CreditDesignationSpec("ANCC", new BigDecimal("1.50"), null),
							new CreditDesignationSpec("AANP", new BigDecimal("1.50"), null)),
					a.releaseDate(), a.expiryDate(), 0, a.currency(), a.capacity());
			return new ActivityManifest(spec,
					new CompletionCriteriaSpec(modules.stream().map(ModuleSpec::key).toList(), null, true, null, true),
					m.certificateTemplate(), modules);
		}));
		String nurse = Accounts.learner("np", "NP", "Nia", "Pract").basic();
		long enrollment = enrol(nurse, activity);
		JsonObject form = Http.json(Http.send("POST", "/api/enrollments/" + enrollment + "/evaluation", nurse,
				"{\"moduleId\":\"evaluation\"}"));
		StringBuilder answers = new StringBuilder();
		for (var item : form.getJsonArray("items")) {
			if ("LIKERT".equals(item.asJsonObject().getString("type"))) {
				answers.append(answers.isEmpty() ? "" : ",").append('"').append(item.asJsonObject().getString("id"))
						.append("\":\"4\"");
			}
		}
		HttpResponse<String> evaluated = Http.send("POST", "/api/enrollments/" + enrollment + "/evaluation", nurse,
				"{\"moduleId\":\"evaluation\",\"answers\":{" + answers + "},\"submit\":true}");
		assertEquals(200, evaluated.statusCode(), evaluated.body());
		for (var m : Http.json(Http.send("GET", "/api/enrollments/" + enrollment, nurse, null))
				.getJsonArray("modules")) {
			String key = m.asJsonObject().getString("id");
			String kind = m.asJsonObject().getString("kind");
			HttpResponse<String> r = "ATTESTATION".equals(kind)
					? Http.send("POST", "/api/enrollments/" + enrollment + "/attestation", nurse,
							"{\"moduleId\":\"" + key + "\",\"minutes\":1}")
					: "CONTENT".equals(kind)
							? Http.send("POST", "/api/enrollments/" + enrollment + "/modules/" + key + "/progress",
									nurse, "{\"completed\":true}")
							: null;
			assertTrue(r == null || r.statusCode() == 200, key + ": " + (r == null ? "" : r.body()));
		}
		assertEquals("COMPLETED",
				Http.json(Http.send("GET", "/api/enrollments/" + enrollment, nurse, null)).getString("status"));

		JsonObject options = Http.json(Http.send("GET", "/api/enrollments/" + enrollment + "/claims", nurse, null));
		String shown = options.toString();
		HttpResponse<String> aanp = claim(nurse, enrollment, "{\"creditType\":\"AANP\",\"amount\":0.01}");
		BadInputIT.assertBadRequest(aanp, "claims[AANP].amount",
				"You recorded 1 minutes; the evaluation's 30 minutes do not count for AANP contact hours");
		HttpResponse<String> ancc = claim(nurse, enrollment, "{\"creditType\":\"ANCC\",\"amount\":0.01}");
		assertEquals(201, ancc.statusCode(), "ANCC counts the evaluation's time: " + ancc.body() + " " + shown);
	}

	@Test
	void aCompleteLearnerClaimsWhatTheyEarnedAndGetsACertificateAnyoneCanVerify() throws IOException {
		long activity = publishClaimable("Opioid claims " + System.nanoTime());
		Accounts.Account learner = Accounts.learner();
		long enrollment = enrol(learner.basic(), activity);

		JsonObject before = Http
				.json(Http.send("GET", "/api/enrollments/" + enrollment + "/claims", learner.basic(), null));
		assertFalse(before.getBoolean("completed"));
		HttpResponse<String> early = claim(learner.basic(), enrollment,
				"{\"creditType\":\"AMA_PRA_1\",\"amount\":1.25}");
		BadInputIT.assertBadRequest(early, "claims", "once you have completed the activity");

		complete(learner.basic(), enrollment, 80);
		JsonObject options = Http
				.json(Http.send("GET", "/api/enrollments/" + enrollment + "/claims", learner.basic(), null));
		assertTrue(options.getBoolean("completed"));
		assertEquals("CREDIT", options.getString("outcome"));
		JsonObject ama = options.getJsonArray("options").stream().map(v -> v.asJsonObject())
				.filter(o -> o.getString("creditType").equals("AMA_PRA_1")).findFirst().orElseThrow();
		assertEquals(new BigDecimal("1.50"), ama.getJsonNumber("maximum").bigDecimalValue());
		assertEquals(0, new BigDecimal("1.5").compareTo(ama.getJsonNumber("limit").bigDecimalValue()), ama.toString());
		assertEquals(0, new BigDecimal("0.25").compareTo(ama.getJsonNumber("increment").bigDecimalValue()));
		assertTrue(options.getJsonArray("missingDetails").toString().contains("birthday"), options.toString());

		BadInputIT.assertBadRequest(claim(learner.basic(), enrollment, "{\"creditType\":\"AMA_PRA_1\",\"amount\":1.3}"),
				"claims[AMA_PRA_1].amount", "0.25");
		BadInputIT.assertBadRequest(
				claim(learner.basic(), enrollment, "{\"creditType\":\"AMA_PRA_1\",\"amount\":1.75}"),
				"claims[AMA_PRA_1].amount", null);
		BadInputIT.assertBadRequest(claim(learner.basic(), enrollment, "{\"creditType\":\"ANCC\",\"amount\":1}"),
				"claims[ANCC].creditType", null);

		HttpResponse<String> missing = claim(learner.basic(), enrollment,
				"{\"creditType\":\"AMA_PRA_1\",\"amount\":1.25}");
		assertEquals(422, missing.statusCode(), missing.body());
		for (String field : List.of("birthday", "licence", "reportPermission")) {
			assertTrue(errorsOf(missing).contains("\"" + field + "\""), field + ": " + missing.body());
		}
		assertTrue(Http.array(Http.send("GET", "/api/me/certificates", learner.basic(), null)).isEmpty(),
				"a refused claim stores nothing");

		giveReportingDetails(learner.basic());
		HttpResponse<String> claimed = claim(learner.basic(), enrollment,
				"{\"claims\":[{\"creditType\":\"AMA_PRA_1\",\"amount\":1.25},{\"creditType\":\"IPCE\",\"amount\":1.25}]}");
		assertEquals(201, claimed.statusCode(), claimed.body());
		JsonObject certificate = Http.json(claimed).getJsonObject("certificate");
		String number = certificate.getString("number");
		assertTrue(number.matches("OCME-\\d{4}-\\d{6}"), number);
		String verifyPath = certificate.getString("verificationUrl");
		String code = verifyPath.substring(verifyPath.lastIndexOf('/') + 1);
		assertTrue(code.matches("[a-z2-7]{32}"), "160 random bits: " + code);

		BadInputIT.assertBadRequest(
				claim(learner.basic(), enrollment, "{\"creditType\":\"AMA_PRA_1\",\"amount\":0.25}"),
				"claims[AMA_PRA_1].creditType", null);

		assertEquals(number, Http.array(Http.send("GET", "/api/me/certificates", learner.basic(), null))
				.getJsonObject(0).getString("number"));
		HttpResponse<byte[]> pdf = Http.bytes("GET", "/api/certificates/" + number + ".pdf", learner.basic(), null,
				null);
		assertEquals(200, pdf.statusCode());
		assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
		try (PDDocument doc = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			for (String expected : List.of("Sam Secure", "1.25", number, "AMA PRA Category 1 Credit",
					"jointly accredited")) {
				assertTrue(text.contains(expected), expected + " in: " + text);
			}
		}
		Accounts.Account other = Accounts.learner();
		assertEquals(403,
				Http.bytes("GET", "/api/certificates/" + number + ".pdf", other.basic(), null, null).statusCode(),
				"another learner's certificate");
		Accounts.Account admin = Accounts.admin();
		assertEquals(200,
				Http.bytes("GET", "/api/certificates/" + number + ".pdf", admin.basic(), null, null).statusCode());

		JsonObject verified = Http.json(Http.send("GET", "/api/verify/" + code, null, null));
		assertEquals("VALID", verified.getString("status"));
		assertEquals("Sam Secure", verified.getString("learnerName"));
		String shown = verified.toString();
		for (String secret : List.of(learner.email(), "MD-12345", "birth", "npi")) {
			assertFalse(shown.toLowerCase().contains(secret.toLowerCase()), secret + " is not shown: " + shown);
		}
		assertEquals(404, Http.send("GET", "/api/verify/" + "a".repeat(32), null, null).statusCode());

		assertEquals(403,
				Http.send("POST", "/api/certificates/" + number + "/revoke", learner.basic(), "{\"reason\":\"mine\"}")
						.statusCode(),
				"a learner does not revoke");
		HttpResponse<String> revoked = Http.send("POST", "/api/certificates/" + number + "/revoke", admin.basic(),
				"{\"reason\":\"Issued in error\"}");
		assertEquals(200, revoked.statusCode(), revoked.body());
		JsonObject afterRevoke = Http.json(Http.send("GET", "/api/verify/" + code, null, null));
		assertEquals("REVOKED", afterRevoke.getString("status"));
		assertTrue(afterRevoke.containsKey("revokedAt"));

		long claimId = Http.json(claimed).getJsonNumber("id").longValue();
		assertEquals(403, Http.send("POST", "/api/claims/" + claimId + "/corrections", learner.basic(),
				"{\"creditType\":\"AMA_PRA_1\",\"amount\":1.5,\"reason\":\"more\"}").statusCode());
		BadInputIT.assertBadRequest(Http.send("POST", "/api/claims/" + claimId + "/corrections", admin.basic(),
				"{\"creditType\":\"AMA_PRA_1\",\"amount\":1.1,\"reason\":\"typo\"}"), "amount", "0.25");
		HttpResponse<String> corrected = Http.send("POST", "/api/claims/" + claimId + "/corrections", admin.basic(),
				"{\"creditType\":\"AMA_PRA_1\",\"amount\":1.0,\"reason\":\"The learner left after the second part\"}");
		assertEquals(200, corrected.statusCode(), corrected.body());
		String afterCorrection = Http.send("GET", "/api/enrollments/" + enrollment + "/claims", learner.basic(), null)
				.body();
		assertTrue(afterCorrection.contains("\"amount\":1.00"),
				"the claim shows the corrected award: " + afterCorrection + " / correction: " + corrected.body());
		HttpResponse<String> reissued = Http.send("POST", "/api/certificates/" + number + "/reissue", admin.basic(),
				null);
		assertEquals(201, reissued.statusCode(), reissued.body());
		String newNumber = Http.json(reissued).getString("number");
		String newCode = Http.json(reissued).getString("verificationCode");
		assertFalse(newNumber.equals(number));
		JsonObject current = Http.json(Http.send("GET", "/api/verify/" + newCode, null, null));
		assertEquals("VALID", current.getString("status"));
		assertTrue(
				current.getJsonArray("credits").stream().map(v -> v.asJsonObject())
						.anyMatch(c -> c.getString("creditType").startsWith("AMA")
								&& c.getJsonNumber("amount").bigDecimalValue().compareTo(BigDecimal.ONE) == 0),
				"the reissue prints the corrected amount: " + current);
		JsonObject old = Http.json(Http.send("GET", "/api/verify/" + code, null, null));
		assertEquals("REVOKED", old.getString("status"), "a revocation stands after a reissue");
		assertEquals(2, Http.array(Http.send("GET", "/api/me/certificates", learner.basic(), null)).size(),
				"nothing is deleted");
	}

	@Test
	void twentyParallelIdenticalClaimsMakeOneClaimAndOneCertificate() throws Exception {
		long activity = publishClaimable("Opioid parallel " + System.nanoTime());
		Accounts.Account learner = Accounts.learner();
		long enrollment = enrol(learner.basic(), activity);
		complete(learner.basic(), enrollment, 120);
		giveReportingDetails(learner.basic());
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<Callable<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				calls.add(() -> claim(learner.basic(), enrollment, "{\"creditType\":\"AMA_PRA_1\",\"amount\":1.5}")
						.statusCode());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> f : pool.invokeAll(calls)) {
				statuses.add(f.get());
			}
			assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
			// 429: sign-in throttling counts attempts in flight per account, and may
			// refuse some of 20 simultaneous checks of the same credentials before they
			// reach the claim; none of them is a second claim.
			assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 400 || s == 409 || s == 429),
					statuses.toString());
		} finally {
			pool.shutdownNow();
		}
		JsonObject options = Http
				.json(Http.send("GET", "/api/enrollments/" + enrollment + "/claims", learner.basic(), null));
		assertEquals(1, options.getJsonArray("claims").size());
		assertEquals(1, Http.array(Http.send("GET", "/api/me/certificates", learner.basic(), null)).size());
	}

	@Test
	void unknownCodesAreLimitedPerClientAddress() {
		String guesser = Accounts.uniqueAddress();
		Map<String, String> from = Map.of("X-Forwarded-For", guesser);
		for (int i = 0; i < 20; i++) {
			String guess = Stream.generate(() -> "b").limit(31).reduce("", String::concat) + (char) ('a' + i % 26);
			assertEquals(404, Http.send("GET", "/api/verify/" + guess, null, null, from).statusCode(), "guess " + i);
		}
		HttpResponse<String> limited = Http.send("GET", "/api/verify/" + "c".repeat(32), null, null, from);
		assertEquals(429, limited.statusCode(), limited.body());
		assertTrue(limited.headers().firstValue("Retry-After").isPresent());
		assertEquals(404,
				Http.send("GET", "/api/verify/" + "c".repeat(32), null, null,
						Map.of("X-Forwarded-For", Accounts.uniqueAddress())).statusCode(),
				"another address is not limited");
	}
}
