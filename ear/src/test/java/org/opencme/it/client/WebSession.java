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
 * One browser session without a browser: a cookie jar, pages fetched and Faces
 * forms posted as a browser posts them (all of the form's hidden fields, the
 * button pressed), from a chosen client address ({@code X-Forwarded-For}, which
 * the test server trusts from loopback only).
 */
final class WebSession {

	private static final Pattern HIDDEN = Pattern
			.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");
	private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\"[^>]*action=\"([^\"]+)\"");
	private static final Pattern VIEW_STATE = Pattern
			.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
	private final String address;

	WebSession(String address) {
		this.address = address;
	}

	/** A session from a client address of its own. */
	WebSession() {
		this(Accounts.uniqueAddress());
	}

	/** A session signed in through {@code login.xhtml}. */
	static WebSession signedIn(String email, String password) {
		WebSession session = new WebSession();
		HttpResponse<String> signedIn = session.signIn(email, password);
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
		return send(request(path).GET().header("Accept", "text/html,application/json"));
	}

	/** A call of the API with this session's cookie, no other credentials. */
	HttpResponse<String> api(String method, String path) {
		return send(
				request(path).method(method, HttpRequest.BodyPublishers.noBody()).header("Accept", "application/json"));
	}

	/**
	 * Fetches {@code page}, fills the form {@code formId} with {@code fields}
	 * (names without the form prefix) and presses {@code button}.
	 */
	HttpResponse<String> submit(String page, String formId, Map<String, String> fields, String button) {
		HttpResponse<String> form = get(page);
		if (form.statusCode() != 200) {
			return form;
		}
		String html = form.body();
		String action = null;
		Matcher forms = FORM.matcher(html);
		while (forms.find()) {
			if (forms.group(1).equals(formId)) {
				action = forms.group(2).replace("&amp;", "&");
			}
		}
		if (action == null) {
			throw new IllegalStateException("No form " + formId + " on " + page);
		}
		Map<String, String> values = new LinkedHashMap<>();
		int start = html.indexOf("<form id=\"" + formId + "\"");
		String formHtml = html.substring(start, html.indexOf("</form>", start));
		Matcher hidden = HIDDEN.matcher(formHtml);
		while (hidden.find()) {
			values.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
		}
		Matcher state = VIEW_STATE.matcher(html);
		if (state.find()) {
			values.put("jakarta.faces.ViewState", state.group(1));
		}
		values.put(formId, formId);
		fields.forEach((k, v) -> values.put(formId + ":" + k, v));
		values.put(formId + ":" + button, "");
		String target = action.startsWith("http") ? action : Http.BASE + action;
		return post(URI.create(target), page, values);
	}

	/**
	 * Posts {@code fields} as they are (no form fetched first) from this site's own
	 * page, so what is tested is the page's answer, not the cross-site rule.
	 */
	HttpResponse<String> post(String path, Map<String, String> fields) {
		return post(URI.create(Http.BASE + path), path, fields);
	}

	private HttpResponse<String> post(URI target, String page, Map<String, String> fields) {
		String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(target).header("X-Forwarded-For", address).header("Origin", Http.BASE)
				.header("Referer", Http.BASE + page).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Signs in on the sign-in page; the answer (a redirect home when it worked).
	 */
	HttpResponse<String> signIn(String email, String password) {
		return submit("/login.xhtml", "login", Map.of("email", email, "password", password), "signIn");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(Http.BASE + path)).header("X-Forwarded-For", address);
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
