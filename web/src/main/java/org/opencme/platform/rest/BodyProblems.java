package org.opencme.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a request body that could not be read, or that breaks a Bean Validation
 * constraint of its record, into the field errors of a 400 problem: which field
 * and which rule, never the framework's text.
 */
final class BodyProblems {

	static final String BODY = "body";
	private static final Pattern PROPERTY = Pattern.compile("^Unable to deserialize property '([^']+)' because of: ");

	private BodyProblems() {
	}

	/**
	 * The field errors of a body JSON-B could not read, or null when the failure is
	 * not about the body.
	 */
	static Map<String, String> unreadable(Throwable failure) {
		List<String> path = new ArrayList<>();
		String rule = null;
		boolean json = false;
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof JsonParsingException parsing) {
				return Map.of(BODY, "must be well-formed JSON (" + parsing.getMessage() + ")");
			}
			if (t instanceof DateTimeException) {
				rule = "must be a valid date or time in ISO-8601 form, e.g. 2026-12-31 or 2026-12-31T09:00";
				break;
			}
			if (t instanceof JsonbException) {
				json = true;
				String message = t.getMessage() == null ? "" : t.getMessage();
				Matcher m = PROPERTY.matcher(message);
				if (m.find()) {
					path.add(m.group(1));
					rule = message.substring(m.end());
				} else if (rule == null || path.isEmpty()) {
					rule = message;
				}
			}
		}
		if (!json && rule == null) {
			return null;
		}
		if (path.isEmpty()) {
			return Map.of(BODY, "must be a JSON object with the documented fields");
		}
		String field = String.join(".", dedupe(path));
		return Map.of(field,
				rule == null || rule.isBlank() || rule.startsWith("Internal error")
						? "has the wrong JSON type"
						: strip(rule));
	}

	static Map<String, String> violations(ConstraintViolationException e) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (ConstraintViolation<?> v : e.getConstraintViolations()) {
			String path = v.getPropertyPath().toString();
			errors.merge(path.isEmpty() ? BODY : path, v.getMessage(), (a, b) -> a + "; " + b);
		}
		return errors;
	}

	/** Nested messages repeat the inner property: keep each once. */
	private static List<String> dedupe(List<String> path) {
		List<String> out = new ArrayList<>();
		for (String p : path) {
			if (out.isEmpty() || !out.get(out.size() - 1).equals(p)) {
				out.add(p);
			}
		}
		return out;
	}

	private static String strip(String rule) {
		Matcher m = PROPERTY.matcher(rule);
		return m.find() ? rule.substring(m.end()) : rule;
	}
}
