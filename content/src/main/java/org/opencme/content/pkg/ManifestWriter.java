package org.opencme.content.pkg;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The model to {@code manifest.json} (format version 1), the inverse of
 * {@link ManifestParser}: fields in a fixed order, {@code null} fields left
 * out, decimals as strings, dates as ISO dates.
 */
final class ManifestWriter {

	private ManifestWriter() {
	}

	static JsonObject write(ActivityManifest manifest, List<String> files) {
		JsonObjectBuilder root = Json.createObjectBuilder().add("formatVersion", ContentPackage.FORMAT_VERSION);
		if (manifest.activity() != null) {
			root.add("activity", activity(manifest.activity()));
		}
		if (manifest.completionCriteria() != null) {
			root.add("completionCriteria", completion(manifest.completionCriteria()));
		}
		put(root, "certificateTemplate", manifest.certificateTemplate());
		JsonArrayBuilder modules = Json.createArrayBuilder();
		manifest.modules().forEach(m -> modules.add(module(m)));
		return root.add("modules", modules).add("files", strings(files)).build();
	}

	private static JsonObjectBuilder activity(ActivitySpec a) {
		JsonObjectBuilder b = Json.createObjectBuilder();
		put(b, "title", a.title());
		put(b, "summary", a.summary());
		b.add("objectives", strings(a.objectives())).add("targetAudience", strings(a.targetAudience())).add("topics",
				strings(a.topics()));
		put(b, "format", a.format());
		put(b, "estimatedMinutes", a.estimatedMinutes());
		JsonArrayBuilder faculty = Json.createArrayBuilder();
		a.faculty().forEach(f -> faculty.add(faculty(f)));
		b.add("faculty", faculty);
		put(b, "accreditationStatement", a.accreditationStatement());
		JsonArrayBuilder credits = Json.createArrayBuilder();
		a.creditDesignations().forEach(c -> credits.add(designation(c)));
		b.add("creditDesignations", credits);
		put(b, "releaseDate", a.releaseDate());
		put(b, "expiryDate", a.expiryDate());
		b.add("feeMinor", a.feeMinor());
		put(b, "currency", a.currency());
		put(b, "capacity", a.capacity());
		return b;
	}

	private static JsonObjectBuilder faculty(FacultySpec f) {
		JsonObjectBuilder b = Json.createObjectBuilder();
		put(b, "name", f.name());
		put(b, "role", f.role());
		if (f.disclosure() != null) {
			JsonObjectBuilder d = Json.createObjectBuilder();
			put(d, "text", f.disclosure().text());
			put(d, "disclosedOn", f.disclosure().disclosedOn());
			b.add("disclosure", d);
		}
		return b;
	}

	private static JsonObjectBuilder designation(CreditDesignationSpec c) {
		JsonObjectBuilder b = Json.createObjectBuilder();
		put(b, "creditType", c.creditType());
		put(b, "amount", c.amount());
		put(b, "note", c.note());
		return b;
	}

	private static JsonObjectBuilder completion(CompletionCriteriaSpec c) {
		JsonObjectBuilder b = Json.createObjectBuilder().add("requiredModules", strings(c.requiredModules()));
		put(b, "postTestPassPercent", c.postTestPassPercent());
		b.add("evaluationRequired", c.evaluationRequired());
		put(b, "minAttendancePercent", c.minAttendancePercent());
		return b.add("attestationRequired", c.attestationRequired());
	}

	private static JsonObjectBuilder module(ModuleSpec m) {
		JsonObjectBuilder b = Json.createObjectBuilder();
		put(b, "key", m.key());
		b.add("kind", m.kind().name());
		put(b, "title", m.title());
		b.add("required", m.required());
		if (m instanceof ContentModuleSpec content) {
			put(b, "file", content.file());
		} else if (m instanceof VideoModuleSpec video) {
			put(b, "media", video.media());
			put(b, "url", video.url());
			put(b, "requiredWatchedPercent", video.requiredWatchedPercent());
		} else if (m instanceof DocumentModuleSpec document) {
			put(b, "media", document.media());
		} else if (m instanceof QuizModuleSpec quiz) {
			quiz(b, quiz);
		} else if (m instanceof EvaluationModuleSpec evaluation) {
			b.add("items", evaluationItems(evaluation));
			put(b, "estimatedMinutes", evaluation.estimatedMinutes());
		} else if (m instanceof AttestationModuleSpec attestation) {
			put(b, "maxMinutes", attestation.maxMinutes());
		}
		return b;
	}

	private static void quiz(JsonObjectBuilder b, QuizModuleSpec quiz) {
		put(b, "role", quiz.role());
		put(b, "passPercent", quiz.passPercent());
		put(b, "attemptLimit", quiz.attemptLimit());
		put(b, "timeLimitMinutes", quiz.timeLimitMinutes());
		b.add("shuffleQuestions", quiz.shuffleQuestions()).add("shuffleOptions", quiz.shuffleOptions());
		put(b, "drawCount", quiz.drawCount());
		put(b, "feedback", quiz.feedback());
		if (quiz.revealAnswersWhileAttemptsRemain()) {
			b.add("revealAnswersWhileAttemptsRemain", true);
		}
		JsonArrayBuilder questions = Json.createArrayBuilder();
		quiz.questions().forEach(q -> questions.add(question(q)));
		b.add("questions", questions);
	}

	private static JsonObjectBuilder question(QuestionSpec q) {
		JsonObjectBuilder b = Json.createObjectBuilder();
		put(b, "key", q.key());
		put(b, "type", q.type());
		put(b, "text", q.text());
		JsonArrayBuilder options = Json.createArrayBuilder();
		for (OptionSpec o : q.options()) {
			JsonObjectBuilder option = Json.createObjectBuilder();
			put(option, "key", o.key());
			put(option, "text", o.text());
			options.add(option.add("correct", o.correct()));
		}
		b.add("options", options);
		put(b, "rationale", q.rationale());
		return b;
	}

	private static JsonArrayBuilder evaluationItems(EvaluationModuleSpec evaluation) {
		JsonArrayBuilder items = Json.createArrayBuilder();
		for (EvaluationItemSpec i : evaluation.items()) {
			JsonObjectBuilder item = Json.createObjectBuilder();
			put(item, "key", i.key());
			put(item, "type", i.type());
			put(item, "text", i.text());
			items.add(item);
		}
		return items;
	}

	private static JsonArrayBuilder strings(Collection<?> values) {
		JsonArrayBuilder array = Json.createArrayBuilder();
		values.forEach(v -> array.add(v.toString()));
		return array;
	}

	/**
	 * Adds a field unless it is {@code null}; numbers stay numbers, decimals, dates
	 * and enums become strings.
	 */
	private static void put(JsonObjectBuilder b, String name, Object value) {
		if (value instanceof Integer number) {
			b.add(name, number);
		} else if (value instanceof BigDecimal decimal) {
			b.add(name, decimal.toPlainString());
		} else if (value instanceof LocalDate || value instanceof Enum<?> || value instanceof String) {
			b.add(name, value.toString());
		} else if (value != null) {
			throw new IllegalArgumentException("no JSON mapping for " + value.getClass());
		}
	}
}
