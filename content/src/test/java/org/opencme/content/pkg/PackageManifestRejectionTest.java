package org.opencme.content.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.content.pkg.TestPackages.assertProblem;
import static org.opencme.content.pkg.TestPackages.minimalManifest;
import static org.opencme.content.pkg.TestPackages.patched;
import static org.opencme.content.pkg.TestPackages.problems;
import static org.opencme.content.pkg.TestPackages.zip;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencme.content.markup.TestPdfs;

/** Rejections decided from the manifest and the files it refers to. */
class PackageManifestRejectionTest {

	@Test
	void missingManifestIsRejected() {
		List<PackageProblem> problems = problems(
				TestPackages.rawZip(Map.of("content/intro.md", "# hi".getBytes(StandardCharsets.UTF_8))));
		assertProblem(problems, "manifest.json", "is missing");
	}

	@Test
	void unparseableManifestIsRejected() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("manifest.json", "{ \"formatVersion\": 1, ".getBytes(StandardCharsets.UTF_8));
		assertProblem(problems(TestPackages.rawZip(entries)), "manifest.json", "not valid JSON");
		entries.put("manifest.json", "[1, 2]".getBytes(StandardCharsets.UTF_8));
		assertProblem(problems(TestPackages.rawZip(entries)), "manifest.json", "JSON object");
	}

	@Test
	void unsupportedOrMissingFormatVersionIsRejected() {
		List<PackageProblem> v2 = problems(zip(patched(p -> p.replace("/formatVersion", 2))));
		assertEquals(1, v2.size(), v2.toString());
		assertProblem(v2, "formatVersion", "unsupported format version 2");
		assertProblem(problems(zip(patched(p -> p.remove("/formatVersion")))), "formatVersion", "is required");
	}

	@Test
	void everyMissingRequiredFieldIsReportedAtOnce() {
		List<PackageProblem> problems = problems(zip(patched(p -> p.remove("/activity/title")
				.remove("/activity/faculty/0/disclosure/disclosedOn").remove("/modules/0/title")
				.remove("/modules/2/passPercent").remove("/modules/4/maxMinutes").remove("/activity/objectives"))));
		assertProblem(problems, "activity.title", "is required");
		assertProblem(problems, "activity.faculty[0].disclosure.disclosedOn", "is required");
		assertProblem(problems, "modules[intro].title", "is required");
		assertProblem(problems, "modules[post-test].passPercent", "is required");
		assertProblem(problems, "modules[attestation].maxMinutes", "is required");
		assertProblem(problems, "activity.objectives", "at least one objective");
		assertEquals(6, problems.size(), problems.toString());
	}

	@Test
	void wrongTypeIsReportedOnceNotAlsoAsMissing() {
		List<PackageProblem> problems = problems(zip(patched(p -> p.replace("/activity/estimatedMinutes", "ninety")
				.replace("/activity/format", "PODCAST").replace("/activity/targetAudience/0", "SURGEON"))));
		assertProblem(problems, "activity.estimatedMinutes", "whole number");
		assertProblem(problems, "activity.format", "unknown value \"PODCAST\"");
		assertProblem(problems, "activity.targetAudience[0]", "unknown value \"SURGEON\"");
		assertEquals(3, problems.size(), problems.toString());
	}

	@Test
	void unknownModuleKindIsRejectedWithoutShiftingOtherModules() {
		List<PackageProblem> problems = problems(
				zip(patched(p -> p.replace("/modules/0/kind", "SCORM").remove("/modules/2/role"))));
		assertProblem(problems, "modules[intro].kind", "unknown value \"SCORM\"");
		assertProblem(problems, "modules[post-test].role", "is required");
		assertProblem(problems, "completionCriteria.requiredModules[0]", "\"intro\"");
	}

	@Test
	void duplicateKeysAreRejected() {
		List<PackageProblem> problems = problems(zip(patched(p -> p.replace("/modules/1/key", "intro")
				.replace("/modules/2/questions/1/key", "q1").replace("/modules/2/questions/0/options/1/key", "a")
				.replace("/modules/3/items/1/key", "useful")
				.replace("/activity/creditDesignations/1/creditType", "AMA_PRA_1"))));
		assertProblem(problems, "modules[intro].key", "duplicate module key \"intro\"");
		assertProblem(problems, "modules[post-test].questions[1]", "duplicate question key \"q1\"");
		assertProblem(problems, "modules[post-test].questions[0].options[1]", "duplicate option key \"a\"");
		assertProblem(problems, "modules[evaluation].items[1]", "duplicate item key \"useful\"");
		assertProblem(problems, "activity.creditDesignations[1]", "duplicate credit type");
	}

	@Test
	void referencesToAbsentFilesMediaAndModulesAreRejected() {
		List<PackageProblem> problems = problems(zip(patched(p -> p.replace("/modules/0/file", "content/other.md")
				.replace("/modules/1/url", "http://example.org/v.mp4")
				.add("/completionCriteria/requiredModules/-", "no-such-module")
				.add("/modules/-", Json.createObjectBuilder().add("key", "handout").add("kind", "DOCUMENT")
						.add("title", "Handout").add("media", "media/handout.pdf").build()))));
		assertProblem(problems, "modules[intro].file", "\"content/other.md\", which is not in the package");
		assertProblem(problems, "modules[video].url", "https");
		assertProblem(problems, "completionCriteria.requiredModules[5]", "\"no-such-module\"");
		assertProblem(problems, "modules[handout].media", "\"media/handout.pdf\", which is not in the package");
	}

	@Test
	void documentMediaMustReallyBeAPdf() {
		var manifest = patched(p -> p
				.add("/modules/-", Json.createObjectBuilder().add("key", "handout").add("kind", "DOCUMENT")
						.add("title", "Handout").add("media", "media/handout.pdf").build())
				.add("/files/-", "media/handout.pdf"));
		Map<String, byte[]> files = TestPackages.minimalFiles();
		files.put("media/handout.pdf", "<html>renamed page</html>".getBytes(StandardCharsets.UTF_8));
		assertProblem(problems(zip(manifest, files)), "media/handout.pdf", "not a readable PDF");
		files.put("media/handout.pdf", TestPdfs.withPages("A real handout"));
		ContentPackage ok = new PackageReader().read(zip(manifest, files));
		assertTrue(ok.file("media/handout.pdf").isPresent());
	}

	@Test
	void quizWithoutCorrectAnswersOrWrongCountsIsRejected() {
		List<PackageProblem> problems = problems(zip(patched(p -> p
				.replace("/modules/2/questions/0/options/1/correct", false)
				.replace("/modules/2/questions/1/type", "SINGLE_CHOICE").add("/modules/2/questions/2/options/-", Json
						.createObjectBuilder().add("key", "x").add("text", "Maybe").add("correct", false).build()))));
		assertProblem(problems, "modules[post-test].questions[0].options", "no option is marked correct");
		assertProblem(problems, "modules[post-test].questions[1].options", "exactly one correct option, has 2");
		assertProblem(problems, "modules[post-test].questions[2].options", "exactly two options, has 3");
	}

	@Test
	void quizSettingsOutOfRangeAreRejected() {
		List<PackageProblem> problems = problems(
				zip(patched(p -> p.replace("/modules/2/passPercent", 120).add("/modules/2/drawCount", 5)
						.replace("/modules/2/attemptLimit", 0).replace("/modules/2/feedback", "SOMETIMES"))));
		assertProblem(problems, "modules[post-test].passPercent", "between 1 and 100");
		assertProblem(problems, "modules[post-test].drawCount", "between 1 and 3");
		assertProblem(problems, "modules[post-test].attemptLimit", "between 1 and 1000");
		assertProblem(problems, "modules[post-test].feedback", "unknown value");
	}

	@Test
	void badDatesAreRejected() {
		assertProblem(problems(zip(patched(p -> p.replace("/activity/expiryDate", "2026-01-01")))),
				"activity.expiryDate", "after the release date");
		assertProblem(problems(zip(patched(p -> p.replace("/activity/expiryDate", "2029-01-16")))),
				"activity.expiryDate", "at most 3 years");
		assertProblem(problems(zip(patched(p -> p.replace("/activity/releaseDate", "2026-13-01")))),
				"activity.releaseDate", "YYYY-MM-DD");
		assertProblem(problems(zip(patched(p -> p.remove("/activity/expiryDate")))), "activity.expiryDate",
				"is required");
	}

	@Test
	void liveActivityMayRunLongerThanThreeYearsAndNeedsNoExpiry() {
		ContentPackage live = new PackageReader()
				.read(zip(patched(p -> p.replace("/activity/format", "LIVE_WEBINAR").remove("/activity/expiryDate"))));
		assertEquals(ActivityFormat.LIVE_WEBINAR, live.manifest().activity().format());
	}

	@Test
	void creditAmountMustBePositive() {
		List<PackageProblem> problems = problems(
				zip(patched(p -> p.replace("/activity/creditDesignations/0/amount", "0")
						.replace("/activity/creditDesignations/1/amount", "-0.25"))));
		assertProblem(problems, "activity.creditDesignations[0].amount", "must be positive");
		assertProblem(problems, "activity.creditDesignations[1].amount", "must be positive");
		assertProblem(problems(zip(patched(p -> p.replace("/activity/creditDesignations/0/amount", "one")))),
				"activity.creditDesignations[0].amount", "decimal");
	}

	@Test
	void anEvaluationsEstimatedMinutesAreOneTo600AndSurviveWriteAndRead() {
		assertProblem(problems(zip(patched(p -> p.add("/modules/3/estimatedMinutes", 0)))),
				"modules[evaluation].estimatedMinutes", "between 1 and 600");
		assertProblem(problems(zip(patched(p -> p.add("/modules/3/estimatedMinutes", 601)))),
				"modules[evaluation].estimatedMinutes", "between 1 and 600");
		ContentPackage read = new PackageReader().read(zip(patched(p -> p.add("/modules/3/estimatedMinutes", 15))));
		EvaluationModuleSpec evaluation = (EvaluationModuleSpec) read.manifest().modules().get(3);
		assertEquals(15, evaluation.estimatedMinutes());
		assertEquals(15, evaluation.minutesToLeaveOut());
		ContentPackage again = new PackageReader().read(new PackageWriter().write(read));
		assertEquals(evaluation, again.manifest().modules().get(3), "written and read back");
		EvaluationModuleSpec unset = (EvaluationModuleSpec) new PackageReader().read(zip(minimalManifest())).manifest()
				.modules().get(3);
		assertEquals(null, unset.estimatedMinutes());
		assertEquals(0, unset.minutesToLeaveOut(), "not set: nothing left out");
	}

	@Test
	void completionCriteriaMustBeAchievable() {
		List<PackageProblem> problems = problems(zip(patched(p -> p.remove("/modules/4").remove("/modules/3")
				.replace("/completionCriteria/requiredModules", Json.createArrayBuilder().add("intro").build())
				.add("/completionCriteria/minAttendancePercent", 80))));
		assertProblem(problems, "completionCriteria.evaluationRequired", "EVALUATION");
		assertProblem(problems, "completionCriteria.attestationRequired", "ATTESTATION");
		assertProblem(problems, "completionCriteria.minAttendancePercent", "LIVE_SESSION");
	}
}
