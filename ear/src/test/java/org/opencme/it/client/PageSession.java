package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client of the Faces pages, without a browser: its own cookie
 * jar (the session cookie), signs in through the sign-in form, follows no
 * redirects, so a test sees each status as sent.
 */
final class PageSession {

	private static final Pattern VIEW_STATE = Pattern
			.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();

	/** A session signed in through {@code login.xhtml}. */
	static PageSession signedIn(String email, String password) {
		PageSession session = new PageSession();
		HttpResponse<String> form = session.get("/login.xhtml");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("login", "login");
		fields.put("login:next", "");
		fields.put("login:email", email);
		fields.put("login:password", password);
		fields.put("login:signIn", "");
		fields.put("jakarta.faces.ViewState", viewState(form.body()));
		HttpResponse<String> signedIn = session.post("/login.xhtml", fields);
		assertTrue(signedIn.statusCode() == 302 || signedIn.statusCode() == 303,
				"sign-in redirects: " + signedIn.statusCode());
		return session;
	}

	static String viewState(String page) {
		Matcher m = VIEW_STATE.matcher(page);
		assertTrue(m.find(), "the page has a view state");
		return m.group(1);
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(Http.BASE + path)).GET());
	}

	HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
		// A same-site post (the cross-site rule would refuse it before the page sees
		// it), so what is tested is the page's own answer.
		return send(HttpRequest.newBuilder(URI.create(Http.BASE + path)).header("Origin", Http.BASE)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
