package org.opencme.platform.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossSiteRequestFilterTest {

	private static final String OWN = "http://localhost:8080";
	private static final String EVIL = "https://evil.example";

	@Test
	void aCookieBorneApiCallNeedsTheHeaderAndItsOwnOrigin() {
		assertNull(refusal("/api/enrollments", "sid", Map.of("Origin", OWN, "X-Requested-With", "OpenCME")));
		assertNull(refusal("/api/enrollments", "sid",
				Map.of("Referer", OWN + "/learner/home.xhtml", "X-Requested-With", "OpenCME")));
		assertNotNull(refusal("/api/enrollments", "sid", Map.of("Origin", OWN)), "no header");
		assertNotNull(refusal("/api/enrollments", "sid", Map.of("X-Requested-With", "OpenCME")), "no origin");
		assertNotNull(refusal("/api/enrollments", "sid", Map.of("Origin", EVIL, "X-Requested-With", "OpenCME")));
		assertNotNull(refusal("/api/enrollments", "sid", Map.of("Origin", OWN, "X-Requested-With", "XMLHttpRequest")));
		assertNotNull(refusal("/media/upload", "sid", Map.of("Origin", EVIL)));
	}

	@Test
	void credentialsInTheHeaderOrNoneAtAllPassUnlessTheOriginIsForeign() {
		assertNull(refusal("/api/me/tokens", "sid", Map.of("Authorization", "Basic eDp5")));
		assertNull(refusal("/api/me/tokens", null, Map.of("Authorization", "Bearer ocme_x")));
		assertNull(refusal("/api/accounts", null, Map.of()));
		assertNotNull(refusal("/api/me/tokens", null, Map.of("Authorization", "Basic eDp5", "Origin", EVIL)));
		assertNotNull(refusal("/api/accounts", null, Map.of("Origin", "null")));
	}

	@Test
	void aFormIsTakenOnlyFromThisSitesOwnPages() {
		assertNull(refusal("/login.xhtml", "sid", Map.of("Origin", OWN)));
		assertNull(refusal("/designer/activity.xhtml", "sid", Map.of("Referer", OWN + "/designer/activity.xhtml")));
		assertNotNull(refusal("/login.xhtml", "sid", Map.of("Origin", EVIL)));
		assertNotNull(refusal("/login.xhtml", null, Map.of()), "neither Origin nor Referer");
		assertNotNull(refusal("/admin/users.xhtml", "sid", Map.of("Origin", EVIL, "X-Requested-With", "OpenCME")));
	}

	private static String refusal(String path, String sessionId, Map<String, String> headers) {
		Map<String, String> lower = new HashMap<>();
		headers.forEach((k, v) -> lower.put(k.toLowerCase(), v));
		HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
				CrossSiteRequestFilterTest.class.getClassLoader(), new Class<?>[]{HttpServletRequest.class},
				(proxy, method, args) -> switch (method.getName()) {
					case "getMethod" -> "POST";
					case "getScheme" -> "http";
					case "getServerName" -> "localhost";
					case "getServerPort" -> 8080;
					case "getContextPath" -> "";
					case "getRequestURI" -> path;
					case "getRequestedSessionId" -> sessionId;
					case "getHeader" -> lower.get(((String) args[0]).toLowerCase());
					default -> throw new UnsupportedOperationException(method.getName());
				});
		return CrossSiteRequestFilter.refusal(request);
	}
}
