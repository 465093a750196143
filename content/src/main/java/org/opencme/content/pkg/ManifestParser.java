package org.opencme.content.pkg;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code manifest.json} (format version 1) to the model. Parses as much as it
 * can and records syntax and type problems; semantic rules are
 * {@link PackageValidator}'s. A module of unknown kind is reported and left
 * out.
 */
final class ManifestParser {

	/**
	 * The model and the manifest's file listing; {@code manifest} is {@code null}
	 * when nothing usable was found.
	 */
	record Parsed(ActivityManifest manifest, List<String> files) {
	}

	private ManifestParser() {
	}

	static Parsed parse(byte[] json, List<PackageProblem> problems) {
		JsonObject root = readObject(json, problems);
		if (root == null) {
			return new Parsed(null, List.of());
		}
		JsonFields fields = new JsonFields(root, "", problems);
		if (!supportedVersion(fields, problems)) {
			return new Parsed(null, List.of());
		}
		JsonFields activity = fields.object("activity");
		JsonFields criteria = fields.object("completionCriteria");
		List<ModuleSpec> modules = modules(fields.objects("modules"), problems);
		ActivityManifest manifest = new ActivityManifest(activity == null ? null : ActivityParser.activity(activity),
				criteria == null ? null : completion(criteria), fields.string("certificateTemplate"), modules);
		return new Parsed(manifest, fields.strings("files"));
	}

	private static JsonObject readObject(byte[] json, List<PackageProblem> problems) {
		String text = new String(json, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		try (JsonReader reader = Json.createReader(new StringReader(text))) {
			JsonValue value = reader.readValue();
			if (value instanceof JsonObject object) {
				return object;
			}
			problems.add(new PackageProblem(ContentPackage.MANIFEST, "must hold a JSON object"));
		} catch (JsonException e) {
			problems.add(new PackageProblem(ContentPackage.MANIFEST, "is not valid JSON: " + e.getMessage()));
		}
		return null;
	}

	private static boolean supportedVersion(JsonFields fields, List<PackageProblem> problems) {
		Integer version = fields.integer("formatVersion");
		if (version == null && !fields.has("formatVersion")) {
			problems.add(new PackageProblem("formatVersion", "is required"));
			return true;
		}
		if (version != null && version != ContentPackage.FORMAT_VERSION) {
			problems.add(new PackageProblem("formatVersion", "unsupported format version " + version
					+ "; this version of OpenCME reads version " + ContentPackage.FORMAT_VERSION));
			return false;
		}
		return true;
	}

	private static CompletionCriteriaSpec completion(JsonFields f) {
		return new CompletionCriteriaSpec(f.strings("requiredModules"), f.integer("postTestPassPercent"),
				f.bool("evaluationRequired", false), f.integer("minAttendancePercent"),
				f.bool("attestationRequired", false));
	}

	/**
	 * Where problems of a module are reported: by key when it has one, so that a
	 * module left out for an unknown kind does not shift the names of the others;
	 * the validator uses the same names.
	 */
	static String modulePath(int index, String key) {
		return key == null || key.isBlank() ? "modules[#" + index + "]" : "modules[" + key + "]";
	}

	private static List<ModuleSpec> modules(List<JsonFields> elements, List<PackageProblem> problems) {
		List<ModuleSpec> modules = new ArrayList<>();
		for (int i = 0; i < elements.size(); i++) {
			JsonFields element = elements.get(i);
			String key = element.has("key") ? element.at(element.path("")).string("key") : null;
			ModuleSpec module = module(element.at(modulePath(i, key)), problems);
			if (module != null) {
				modules.add(module);
			}
		}
		return modules;
	}

	private static ModuleSpec module(JsonFields f, List<PackageProblem> problems) {
		ModuleKind kind = f.enumValue("kind", ModuleKind.class);
		if (kind == null) {
			if (!f.has("kind")) {
				problems.add(new PackageProblem(f.path("kind"), "is required"));
			}
			return null;
		}
		String key = f.string("key");
		String title = f.string("title");
		boolean required = f.bool("required", true);
		return switch (kind) {
			case CONTENT -> new ContentModuleSpec(key, title, required, f.string("file"));
			case VIDEO -> new VideoModuleSpec(key, title, required, f.string("media"), f.string("url"),
					f.integer("requiredWatchedPercent"));
			case DOCUMENT -> new DocumentModuleSpec(key, title, required, f.string("media"));
			case QUIZ -> quiz(f, key, title, required);
			case EVALUATION ->
				new EvaluationModuleSpec(key, title, required, evaluationItems(f), f.integer("estimatedMinutes"));
			case ATTESTATION -> new AttestationModuleSpec(key, title, required, f.integer("maxMinutes"));
			case LIVE_SESSION, PROCTORED_SESSION -> new SessionModuleSpec(key, kind, title, required);
		};
	}

	private static QuizModuleSpec quiz(JsonFields f, String key, String title, boolean required) {
		FeedbackTiming feedback = f.has("feedback")
				? f.enumValue("feedback", FeedbackTiming.class)
				: FeedbackTiming.AFTER_SUBMIT;
		return new QuizModuleSpec(key, title, required, f.enumValue("role", QuizRole.class), f.integer("passPercent"),
				f.integer("attemptLimit"), f.integer("timeLimitMinutes"), f.bool("shuffleQuestions", false),
				f.bool("shuffleOptions", false), f.integer("drawCount"), feedback, questions(f),
				f.bool("revealAnswersWhileAttemptsRemain", false));
	}

	private static List<QuestionSpec> questions(JsonFields quiz) {
		List<QuestionSpec> questions = new ArrayList<>();
		for (JsonFields q : quiz.objects("questions")) {
			List<OptionSpec> options = q.objects("options").stream()
					.map(o -> new OptionSpec(o.string("key"), o.string("text"), o.bool("correct", false))).toList();
			questions.add(new QuestionSpec(q.string("key"), q.enumValue("type", QuestionType.class), q.string("text"),
					options, q.string("rationale")));
		}
		return questions;
	}

	private static List<EvaluationItemSpec> evaluationItems(JsonFields evaluation) {
		return evaluation.objects("items").stream().map(i -> new EvaluationItemSpec(i.string("key"),
				i.enumValue("type", EvaluationItemType.class), i.string("text"))).toList();
	}
}
