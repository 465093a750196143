package org.opencme.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.logging.Logger;
import org.opencme.platform.rest.Problem;
import org.opencme.platform.web.RequestOrigin.Verdict;

/**
 * Refuses cross-site requests that would change something (every method but
 * GET, HEAD, OPTIONS and TRACE), before anything else reads them:
 * <ul>
 * <li>API ({@code /api}, {@code /media}): a call that carries the session
 * cookie and no {@code Authorization} header must send
 * {@code X-Requested-With: OpenCME} (a custom header a foreign page cannot add
 * without a CORS preflight, which OpenCME never grants) and an {@code Origin}
 * (or, without one, a {@code Referer}) of this server. A foreign {@code Origin}
 * is refused whatever the credentials (a browser also replays remembered HTTP
 * Basic credentials cross-site). Anything else, such as a client with a Basic
 * or Bearer header, passes. Refusals are 403 problems.</li>
 * <li>Pages (Faces forms, uploads): {@code Origin} or {@code Referer} must name
 * this server (every browser sends {@code Origin} on a POST); the server-side
 * view state is a second check behind this one.</li>
 * </ul>
 * Mapped in web.xml ahead of the idempotency filter, so a refused request never
 * reserves an {@code Idempotency-Key}.
 */
public class CrossSiteRequestFilter extends HttpFilter {

	private static final long serialVersionUID = 1L;
	private static final Logger LOG = Logger.getLogger(CrossSiteRequestFilter.class.getName());

	/** The header (and its value) cookie-authenticated API calls must send. */
	public static final String HEADER = "X-Requested-With";
	public static final String HEADER_VALUE = "OpenCME";

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String refusal = SAFE.contains(request.getMethod()) ? null : refusal(request);
		if (refusal == null) {
			chain.doFilter(request, response);
			return;
		}
		LOG.info(() -> "Refused a cross-site " + request.getMethod() + " " + request.getRequestURI() + ": " + refusal
				+ " (Origin " + request.getHeader("Origin") + ", Referer " + request.getHeader("Referer") + ")");
		if (isApi(request)) {
			refuseCall(response, refusal);
		} else {
			refusePage(response);
		}
	}

	/** Why the request is refused, or null when it may go on. */
	static String refusal(HttpServletRequest request) {
		String own = RequestOrigin.own(request.getScheme(), request.getServerName(), request.getServerPort());
		Verdict origin = RequestOrigin.judge(own, request.getHeader("Origin"), request.getHeader("Referer"));
		if (origin == Verdict.FOREIGN) {
			return "This request comes from another site (Origin or Referer is not " + own + ").";
		}
		if (!isApi(request)) {
			return origin == Verdict.SAME
					? null
					: "A form must be sent from this site's own page (no Origin or Referer).";
		}
		if (request.getHeader("Authorization") != null || request.getRequestedSessionId() == null) {
			return null;
		}
		if (!HEADER_VALUE.equals(request.getHeader(HEADER))) {
			return "A call with the session cookie must send the header " + HEADER + ": " + HEADER_VALUE
					+ " (or use HTTP Basic or a Bearer token).";
		}
		return origin == Verdict.SAME ? null : "A call with the session cookie must send Origin or Referer.";
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/") || path.equals("/media") || path.startsWith("/media/");
	}

	private static void refuseCall(HttpServletResponse response, String detail) throws IOException {
		byte[] json = Problem.of(403, "Forbidden", detail).toJson().getBytes(StandardCharsets.UTF_8);
		response.setStatus(403);
		response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
		response.setContentLength(json.length);
		response.getOutputStream().write(json);
	}

	/**
	 * A plain page, not the Faces 403 page: rendering a Faces page for a refused
	 * POST would treat the refused form as a postback.
	 */
	private static void refusePage(HttpServletResponse response) throws IOException {
		byte[] html = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Refused · OpenCME</title>"
				+ "</head><body><h1>Refused</h1><p>This form was not sent from an OpenCME page, so it was not"
				+ " processed. Open the page again and send the form from there.</p></body></html>")
				.getBytes(StandardCharsets.UTF_8);
		response.setStatus(403);
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(html.length);
		response.getOutputStream().write(html);
	}
}
