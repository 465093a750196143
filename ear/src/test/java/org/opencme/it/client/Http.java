package org.opencme.it.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A small HTTP client for the black-box tests of the running application. */
final class Http {

	static final String BASE = System.getProperty("opencme.url", "http://localhost:8080");
	/**
	 * The server's provider zone (opencme.provider.zone), which the ITs leave at
	 * its default.
	 */
	static final java.time.ZoneId PROVIDER_ZONE = java.time.ZoneId.of("America/New_York");
	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private Http() {
	}

	static String basic(String email, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static HttpResponse<String> send(String method, String path, String authorization, String json) {
		return send(method, path, authorization, json, Map.of());
	}

	/**
	 * As {@link #send(String, String, String, String)}, with extra request headers.
	 */
	static HttpResponse<String> send(String method, String path, String authorization, String json,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
				.method(method,
						json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
				.header("Accept", "application/json");
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		headers.forEach(request::header);
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static JsonObject json(HttpResponse<String> response) {
		return Json.createReader(new StringReader(response.body())).readObject();
	}

	static HttpResponse<byte[]> bytes(String method, String path, String authorization, byte[] body,
			String contentType) {
		return bytes(method, path, authorization, body, contentType, Map.of());
	}

	static HttpResponse<byte[]> bytes(String method, String path, String authorization, byte[] body, String contentType,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		headers.forEach(request::header);
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static JsonObject json(byte[] body) {
		return Json.createReader(new java.io.ByteArrayInputStream(body)).readObject();
	}

	static jakarta.json.JsonArray array(HttpResponse<String> response) {
		return Json.createReader(new StringReader(response.body())).readArray();
	}
}
