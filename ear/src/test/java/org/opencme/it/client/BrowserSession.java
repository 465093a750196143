package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * What a browser holds after signing in through the sign-in form: the session
 * cookie and nothing else. Each request names the headers a browser (or a
 * forging page) would send, so tests choose Origin, Referer and
 * X-Requested-With themselves.
 */
final class BrowserSession {

	static final String COOKIE = "OPENCME_SESSION";
	static final String FOREIGN = "https://evil.example";
	static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private String sessionId;

	private BrowserSession() {
	}

	/** Signs in through {@code login.xhtml} exactly as the form does. */
	static BrowserSession signIn(String email, String password) {
		BrowserSession session = new BrowserSession();
		HttpResponse<String> page = session.get("/login.xhtml");
		assertEquals(200, page.statusCode());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("login", "login");
		form.put("login:next", "");
		form.put("login:email", email);
		form.put("login:password", password);
		form.put("login:signIn", "");
		form.put("jakarta.faces.ViewState", viewState(page.body()));
		HttpResponse<String> signedIn = session.send("POST", "/login.xhtml", "application/x-www-form-urlencoded",
				encode(form), Map.of("Origin", Http.BASE));
		assertEquals(302, signedIn.statusCode(), "signed in and sent on to a home page: " + signedIn.body());
		assertNotNull(session.sessionId);
		return session;
	}

	/** A session that has only visited the sign-in page (anonymous). */
	static BrowserSession anonymous() {
		return new BrowserSession();
	}

	String sessionId() {
		return sessionId;
	}

	HttpResponse<String> get(String path) {
		return send("GET", path, null, null, Map.of());
	}

	/**
	 * Sends a request with the session cookie; {@code headers} are sent as given.
	 */
	HttpResponse<String> send(String method, String path, String contentType, String body,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.BASE + path)).method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (sessionId != null) {
			request.header("Cookie", COOKIE + "=" + sessionId);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(COOKIE + "="))
					.forEach(c -> sessionId = c.substring(COOKIE.length() + 1, c.indexOf(';')));
			return response;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Headers of a same-site call from OpenCME's own scripts. */
	static Map<String, String> sameSite() {
		return Map.of("Origin", Http.BASE, "X-Requested-With", "OpenCME");
	}

	/**
	 * Headers of a form or fetch on another site: its Origin, no custom header.
	 */
	static Map<String, String> crossSite() {
		return Map.of("Origin", FOREIGN, "Referer", FOREIGN + "/prize.html");
	}

	static String viewState(String html) {
		Matcher m = VIEW_STATE.matcher(html);
		if (!m.find()) {
			throw new AssertionError("no view state in the page: " + html);
		}
		return m.group(1).replace("&#x3a;", ":").replace("&#58;", ":");
	}

	static String encode(Map<String, String> form) {
		return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
	}
}
