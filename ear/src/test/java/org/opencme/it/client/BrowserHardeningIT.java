package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.it.Deployments;

/**
 * What a browser is told to hold back: the session cookie is SameSite=Lax and
 * HttpOnly (and Secure over HTTPS), every answer carries the hardening headers,
 * API answers are not stored, media are not sniffed and say how to show them,
 * and a body of a type a call does not document is a 415 problem.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserHardeningIT {

	/**
	 * Accounts of this class's own, made for each run (each test makes its own
	 * records).
	 */
	private static Accounts.Account designer;
	private static Accounts.Account admin;
	private static Accounts.Account learner;

	@BeforeAll
	static void freshAccounts() {
		designer = Accounts.designer();
		admin = Accounts.admin();
		learner = Accounts.learner();
	}

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	@Test
	void theSessionCookieIsSameSiteLaxAndHttpOnly() {
		HttpResponse<String> page = Http.send("GET", "/login.xhtml", null, null);
		String cookie = sessionCookie(page.headers());
		assertTrue(cookie.contains("SameSite=Lax"), cookie);
		assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
		assertFalse(cookie.toLowerCase().contains("secure"), "plain HTTP: no Secure flag: " + cookie);
		assertTrue(page.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
		String viewState = BrowserSession.viewState(page.body());
		String form = BrowserSession
				.encode(java.util.Map.of("login", "login", "login:next", "", "login:email", learner.email(),
						"login:password", Accounts.PASSWORD, "login:signIn", "", "jakarta.faces.ViewState", viewState));
		HttpResponse<byte[]> signedIn = Http.bytes("POST", "/login.xhtml", null, form.getBytes(StandardCharsets.UTF_8),
				"application/x-www-form-urlencoded",
				java.util.Map.of("Origin", Http.BASE, "Cookie", cookie.substring(0, cookie.indexOf(';'))));
		assertEquals(302, signedIn.statusCode());
		String renewed = sessionCookie(signedIn.headers());
		assertTrue(renewed.contains("SameSite=Lax") && renewed.toLowerCase().contains("httponly"),
				"the cookie of the new session id after sign-in too: " + renewed);
	}

	@Test
	void overHttpsTheCookieIsSecureAndHstsIsSent() throws Exception {
		int port = Integer.getInteger("it.https.port", 8443 + Integer.getInteger("it.port.offset", 0));
		HttpResponse<String> page = trustingAll().send(
				HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/login.xhtml")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(200, page.statusCode());
		String cookie = sessionCookie(page.headers());
		assertTrue(cookie.contains("SameSite=Lax"), cookie);
		assertTrue(cookie.toLowerCase().contains("; secure"), cookie);
		assertTrue(page.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
	}

	@Test
	void aPageCarriesEveryHardeningHeader() {
		HttpResponse<String> page = Http.send("GET", "/catalog/search.xhtml", null, null);
		assertEquals(200, page.statusCode());
		assertCommonHeaders(page.headers(), "DENY");
		List<String> policies = page.headers().allValues("Content-Security-Policy");
		assertTrue(
				policies.stream()
						.anyMatch(p -> p.contains("frame-ancestors 'none'") && p.contains("base-uri 'self'")
								&& p.contains("form-action 'self'") && p.contains("object-src 'self'")),
				policies.toString());
		HttpResponse<String> missing = Http.send("GET", "/no-such-page.xhtml", null, null);
		assertEquals(404, missing.statusCode());
		assertCommonHeaders(missing.headers(), "DENY");
	}

	@Test
	void apiAnswersAreNeverStored() {
		for (String path : new String[]{"/api/me", "/api/me/enrollments", "/api/me/tokens", "/api/health"}) {
			HttpResponse<String> answer = Http.send("GET", path, learner.basic(), null);
			assertEquals(200, answer.statusCode(), path);
			assertCommonHeaders(answer.headers(), "DENY");
			assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), path);
			assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"),
					path);
		}
		HttpResponse<String> refused = Http.send("GET", "/api/me", null, null);
		assertEquals(401, refused.statusCode());
		assertEquals("no-store", refused.headers().firstValue("Cache-Control").orElse(""), "also a refusal");
		HttpResponse<String> wrong = Http.send("GET", "/api/me", Http.basic(learner.email(), "wrong"), null);
		assertEquals(401, wrong.statusCode());
		assertEquals("no-store", wrong.headers().firstValue("Cache-Control").orElse(""), "the 401 error page");
		assertCommonHeaders(wrong.headers(), "DENY");
	}

	@Test
	void mediaAreNotSniffedAndSayHowToShowThem() throws Exception {
		ContentPackage pkg = Packages.demo("sepsis-hour-1-bundle", "Headers media " + System.nanoTime());
		byte[] pdf = pkg.files().stream().filter(f -> f.path().endsWith(".pdf")).findFirst().orElseThrow().content();
		HttpResponse<byte[]> imported = Http.bytes("POST", "/api/activities/import", designer.basic(),
				new PackageWriter().write(pkg), "application/zip");
		assertEquals(201, imported.statusCode(), new String(imported.body(), StandardCharsets.UTF_8));

		HttpHeaders shown = media(pdf);
		assertEquals("application/pdf", shown.firstValue("Content-Type").orElse(""));
		assertTrue(
				shown.firstValue("Content-Disposition").orElse("").matches("inline; filename=\"[0-9a-f]{16}\\.pdf\""),
				shown.map().toString());
		assertCommonHeaders(shown, "SAMEORIGIN");
		assertTrue(shown.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"),
				"only OpenCME's own player embeds it");
	}

	@Test
	void aBodyOfAnUndocumentedTypeIsA415Problem() {
		Map<String, String[]> calls = Map.of("/api/enrollments",
				new String[]{"POST", "text/plain", "{\"activityId\":1}"}, "/api/admin/catalog/rebuild",
				new String[]{"POST", "text/plain", ""}, "/api/attempts/1/submit",
				new String[]{"POST", "application/x-www-form-urlencoded", "a=b"}, "/api/attempts/1/responses/q1",
				new String[]{"PUT", "text/plain", "{\"selected\":[\"a\"]}"}, "/api/users/1/roles/ADMIN",
				new String[]{"PUT", "application/x-www-form-urlencoded", "x=1"}, "/api/activities",
				new String[]{"POST", "multipart/form-data; boundary=x", "--x--"}, "/api/activities/import",
				new String[]{"POST", "application/json", "{}"});
		calls.forEach((path, call) -> {
			String authorization = path.startsWith("/api/admin") || path.startsWith("/api/users")
					? admin.basic()
					: path.startsWith("/api/activities") ? designer.basic() : learner.basic();
			HttpResponse<byte[]> answer = Http.bytes(call[0], path, authorization,
					call[2].getBytes(StandardCharsets.UTF_8), call[1]);
			String body = new String(answer.body(), StandardCharsets.UTF_8);
			assertEquals(415, answer.statusCode(), path + ": " + body);
			assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
					path + ": " + body);
			assertEquals(415, Http.json(answer.body()).getInt("status"), path);
		});
		for (String type : new String[]{"application/json", "application/json; charset=UTF-8", null}) {
			int answered = status("POST", "/api/attempts/999999999/submit", learner.basic(), type);
			assertTrue(answered == 404 || answered == 403, type + " reaches the call (no such attempt): " + answered);
		}
	}

	private static int status(String method, String path, String authorization, String contentType) {
		return Http.bytes(method, path, authorization, null, contentType).statusCode();
	}

	private static HttpHeaders media(byte[] content) throws Exception {
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		HttpResponse<byte[]> file = Http.bytes("GET", "/media/" + sha, designer.basic(), null, null);
		assertEquals(200, file.statusCode(), "the designer reads their draft's file");
		return file.headers();
	}

	private static void assertCommonHeaders(HttpHeaders headers, String frameOptions) {
		assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), headers.map().toString());
		assertEquals(frameOptions, headers.firstValue("X-Frame-Options").orElse(""), headers.map().toString());
		assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(""));
		assertFalse(headers.allValues("Content-Security-Policy").isEmpty(), headers.map().toString());
	}

	private static String sessionCookie(HttpHeaders headers) {
		return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith(BrowserSession.COOKIE + "="))
				.findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + headers.map()));
	}

	private static HttpClient trustingAll() throws Exception {
		TrustManager[] all = {new X509TrustManager() {
			@Override
			public void checkClientTrusted(X509Certificate[] chain, String type) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String type) {
			}

			@Override
			public X509Certificate[] getAcceptedIssuers() {
				return new X509Certificate[0];
			}
		}};
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(null, all, new java.security.SecureRandom());
		return HttpClient.newBuilder().sslContext(tls).build();
	}
}
