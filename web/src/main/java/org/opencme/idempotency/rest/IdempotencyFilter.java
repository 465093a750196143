package org.opencme.idempotency.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencme.authoring.boundary.WorkingCopyService;
import org.opencme.idempotency.boundary.IdempotencyKey;
import org.opencme.idempotency.boundary.IdempotencyOutcome;
import org.opencme.idempotency.boundary.IdempotencyService;
import org.opencme.idempotency.boundary.MalformedIdempotencyKeyException;
import org.opencme.idempotency.entity.RequestFingerprint;
import org.opencme.idempotency.entity.StoredResponse;
import org.opencme.identity.web.CurrentUser;
import org.opencme.identity.web.SignedInCaller;
import org.opencme.platform.rest.Problem;

/**
 * Honours {@code Idempotency-Key} on every {@code POST /api/...} of a signed-in
 * caller (anonymous callers' keys are ignored: a key is scoped to an account).
 * A servlet filter rather than JAX-RS filters and a writer interceptor: it
 * wraps the whole call in one place, so the key is released on every failure
 * (also exceptions no mapper turns into a response), the temporary body file is
 * always deleted, and answers without an entity (204) need no second path.
 */
@WebFilter(urlPatterns = "/api/*")
public class IdempotencyFilter extends HttpFilter {

	private static final long serialVersionUID = 1L;
	private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());

	/** Marks a stored response sent again. */
	static final String REPLAYED = "Idempotent-Replayed";

	/** Larger responses are passed through and not stored (the key is released). */
	static final int MAX_STORED_BODY = 1024 * 1024;

	@Inject
	CurrentUser currentUser;

	@Inject
	IdempotencyService idempotency;

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		Enumeration<String> headers = request.getHeaders(IdempotencyKey.HEADER);
		Optional<SignedInCaller> caller = "POST".equals(request.getMethod()) && headers != null
				&& headers.hasMoreElements() && !refusedForSize(request) ? currentUser.caller() : Optional.empty();
		if (caller.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		IdempotencyKey key;
		try {
			key = IdempotencyKey.parse(single(headers));
		} catch (MalformedIdempotencyKeyException e) {
			send(response, Problem.of(400, "Invalid request", e.getMessage(), e.fieldErrors()));
			return;
		}
		try (SpooledBody body = SpooledBody.read(request.getInputStream(), request.getContentType())) {
			RequestFingerprint fingerprint = body.digest().finish(request.getMethod(), pathOf(request));
			IdempotencyOutcome outcome = idempotency.begin(caller.get().accountId(), key, fingerprint);
			switch (outcome.kind()) {
				case STARTED -> run(outcome.recordId(), new SpooledRequest(request, body), response, chain);
				case REPLAY -> replay(response, outcome.storedResponse());
				case KEY_REUSED -> send(response, Problem.of(422, "Unprocessable Content", "This Idempotency-Key was"
						+ " used for another request (a different path or body); use a new key for a new request."));
				case IN_PROGRESS -> {
					response.setHeader("Retry-After", "1");
					send(response, Problem.of(409, "Conflict",
							"A request with this Idempotency-Key is still being processed; retry in a moment."));
				}
				default -> throw new IllegalStateException("Unknown outcome " + outcome.kind());
			}
		}
	}

	/**
	 * A body declared larger than any upload OpenCME takes is refused by the
	 * resource before it is read; spooling it first would read it all.
	 */
	private static boolean refusedForSize(HttpServletRequest request) {
		return request.getContentLengthLong() > WorkingCopyService.MAX_PACKAGE_BYTES;
	}

	private void run(long recordId, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		CapturingResponse capture = new CapturingResponse(response, MAX_STORED_BODY);
		try {
			chain.doFilter(request, capture);
		} catch (IOException | ServletException | RuntimeException e) {
			idempotency.release(recordId);
			throw e;
		}
		finish(recordId, capture);
		capture.release();
	}

	/** Stores the answer, or gives the key back; never hides the answer itself. */
	private void finish(long recordId, CapturingResponse capture) {
		try {
			StoredResponse stored = capture.storable();
			if (stored == null) {
				idempotency.release(recordId);
			} else {
				idempotency.complete(recordId, stored);
			}
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "Could not record the answer of an idempotent request; releasing its key", e);
			try {
				idempotency.release(recordId);
			} catch (RuntimeException again) {
				LOG.log(Level.WARNING, "Could not release an idempotency key", again);
			}
		}
	}

	private static void replay(HttpServletResponse response, StoredResponse stored) throws IOException {
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.location() != null) {
			response.setHeader("Location", stored.location());
		}
		response.setHeader(REPLAYED, "true");
		byte[] body = stored.body();
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static String single(Enumeration<String> headers) {
		String first = headers.nextElement();
		if (headers.hasMoreElements()) {
			throw new MalformedIdempotencyKeyException("Send one Idempotency-Key header, not several.");
		}
		return first;
	}

	/**
	 * The path below the context root, with the query string: part of what makes a
	 * request the same.
	 */
	static String pathOf(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
	}

	private static void send(HttpServletResponse response, Problem problem) throws IOException {
		byte[] json = problem.toJson().getBytes(StandardCharsets.UTF_8);
		response.setStatus(problem.status());
		response.setContentType("application/problem+json;charset=UTF-8");
		response.setContentLength(json.length);
		response.getOutputStream().write(json);
	}

}
