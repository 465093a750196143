package org.opencme.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem: {@code type, title, status, detail} and {@code errors}
 * naming each invalid field.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

	public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
	/**
	 * The {@code WWW-Authenticate} challenge of a 401: both schemes the API takes.
	 */
	public static final String CHALLENGE = "Basic realm=\"OpenCME\", Bearer realm=\"OpenCME\"";

	/** One invalid input field and what is wrong with it. */
	public record FieldError(String field, String message) {
	}

	public Problem {
		errors = errors == null ? List.of() : List.copyOf(errors);
	}

	public static Problem of(int status, String title, String detail) {
		return new Problem("about:blank", title, status, detail, List.of());
	}

	public static Problem of(int status, String title, String detail, Map<String, String> fieldErrors) {
		List<FieldError> errors = fieldErrors.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue()))
				.toList();
		return new Problem("about:blank", title, status, detail, errors);
	}

	public String toJson() {
		JsonArrayBuilder list = Json.createArrayBuilder();
		errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
		JsonObjectBuilder json = Json.createObjectBuilder().add("type", type).add("title", title).add("status", status)
				.add("errors", list);
		if (detail != null) {
			json.add("detail", detail);
		}
		return json.build().toString();
	}

	public Response toResponse() {
		return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
	}
}
