package org.opencme.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser-hardening headers of every answer (also error pages): no MIME
 * sniffing, no framing by other sites, referrers cut to the origin across
 * sites, a content security policy, and HSTS over HTTPS. API answers are
 * personal, so none is stored by a browser or proxy ({@code no-store}). Media
 * files may be embedded by OpenCME's own pages only (the player shows PDFs in
 * an {@code <object>}). The page policy leaves scripts alone: PrimeFaces and
 * Mojarra render inline scripts, and PrimeFaces' nonce mode
 * ({@code primefaces.CSP}) broke the quiz's AJAX answers.
 */
public class SecurityHeadersFilter extends HttpFilter {

	private static final long serialVersionUID = 1L;

	static final String PAGE_POLICY = "frame-ancestors 'none'; object-src 'self'; base-uri 'self'; form-action 'self'";
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
	static final String MEDIA_POLICY = "frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
	static final String HSTS = "max-age=31536000; includeSubDomains";

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String path = pathOf(request);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		if (path.startsWith("/media/")) {
			response.setHeader("X-Frame-Options", "SAMEORIGIN");
			response.setHeader("Content-Security-Policy", MEDIA_POLICY);
		} else if (path.equals("/api") || path.startsWith("/api/")) {
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Content-Security-Policy", API_POLICY);
			response.setHeader("Cache-Control", "no-store");
		} else {
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Content-Security-Policy", PAGE_POLICY);
		}
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", HSTS);
		}
		chain.doFilter(request, response);
	}

	/**
	 * The path asked for: on an error dispatch (such as the 401 page of a refused
	 * API call) the original one, not the error page's.
	 */
	private static String pathOf(HttpServletRequest request) {
		Object original = request.getDispatcherType() == DispatcherType.ERROR
				? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
				: null;
		String uri = original instanceof String s ? s : request.getRequestURI();
		return uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
	}
}
