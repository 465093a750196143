package org.opencme.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.SecurityState;
import org.opencme.identity.boundary.SignInGuard;

/**
 * One mechanism for pages and API. Pages: the sign-in page authenticates
 * through {@code SecurityContext.authenticate}; the caller is then kept in the
 * HTTP session (whose id changes at sign-in) and an anonymous request for a
 * protected page is redirected to sign-in. API ({@code /api/*}): HTTP Basic or
 * a Bearer personal token on each request, no session; bad credentials get a
 * 401 problem. Every request of a session compares the session's account stamps
 * with the account's: changed roles are re-read at once, a changed password or
 * a deactivated account ends the session. Every way in is throttled
 * ({@link SignInGuard}): the form shows how long to wait, the API answers 429
 * with {@code Retry-After}.
 */
@ApplicationScoped
public class OpenCmeAuthenticationMechanism implements HttpAuthenticationMechanism {

	static final String LOGIN_PAGE = "/login.xhtml";

	@Inject
	IdentityStoreHandler identityStores;

	@Inject
	AccountService accounts;

	@Inject
	SignInGuard guard;

	/**
	 * Request attribute: the sign-in form's attempt was refused without being
	 * checked, for this {@link Duration}.
	 */
	static final String THROTTLED = "org.opencme.auth.throttled";

	@Override
	public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
			HttpMessageContext context) {
		Credential credential = context.getAuthParameters().getCredential();
		if (context.isAuthenticationRequest() && credential != null) {
			return signIn(request, context, credential);
		}
		String authorization = request.getHeader("Authorization");
		if (isApi(request) && authorization != null) {
			return apiCall(request, context, authorization);
		}
		SignedInCaller caller = current(request, sessionCaller(request));
		if (caller != null) {
			request.setAttribute(SignedInCaller.ATTRIBUTE, caller);
			return context.notifyContainerAboutLogin(caller.email(), caller.groups());
		}
		if (context.isProtected() && !isApi(request)) {
			return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
					+ URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
		}
		return context.doNothing();
	}

	private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
		String account = credential instanceof UsernamePasswordCredential p ? p.getCaller() : null;
		String address = ClientAddress.of(request);
		Duration wait = guard.admit(account, address);
		if (!wait.isZero()) {
			request.setAttribute(THROTTLED, wait);
			return AuthenticationStatus.SEND_FAILURE;
		}
		CredentialValidationResult result = validate(request, credential, account, address, "FORM");
		if (result.getStatus() != CredentialValidationResult.Status.VALID) {
			return AuthenticationStatus.SEND_FAILURE;
		}
		SignedInCaller caller = SignedInCaller
				.of(accounts.authenticated(Long.parseLong(result.getCallerUniqueId())).orElseThrow());
		HttpSession existing = request.getSession(false);
		if (existing != null) {
			request.changeSessionId();
		}
		request.getSession(true).setAttribute(SignedInCaller.ATTRIBUTE, caller);
		request.setAttribute(SignedInCaller.ATTRIBUTE, caller);
		return context.notifyContainerAboutLogin(result);
	}

	private AuthenticationStatus apiCall(HttpServletRequest request, HttpMessageContext context, String authorization) {
		Credential credential = parse(authorization);
		String account = credential instanceof UsernamePasswordCredential p ? p.getCaller() : null;
		String address = ClientAddress.of(request);
		Duration wait = guard.admit(account, address);
		if (!wait.isZero()) {
			return tooManyAttempts(request, context, wait);
		}
		CredentialValidationResult result = validate(request, credential, account, address,
				credential instanceof BearerTokenCredential ? "TOKEN" : "BASIC");
		if (result.getStatus() != CredentialValidationResult.Status.VALID) {
			Object locked = request.getAttribute(THROTTLED);
			return locked instanceof Duration d
					? tooManyAttempts(request, context, d)
					: unauthorized(request, context, "The credentials are not valid.");
		}
		accounts.authenticated(Long.parseLong(result.getCallerUniqueId()))
				.ifPresent(a -> request.setAttribute(SignedInCaller.ATTRIBUTE, SignedInCaller.of(a)));
		return context.notifyContainerAboutLogin(result);
	}

	/**
	 * Checks an admitted credential and reports the outcome to the guard; a failure
	 * that locks sets {@link #THROTTLED}.
	 */
	private CredentialValidationResult validate(HttpServletRequest request, Credential credential, String account,
			String address, String way) {
		CredentialValidationResult result = CredentialValidationResult.INVALID_RESULT;
		try {
			if (credential != null) {
				result = identityStores.validate(credential);
			}
		} finally {
			if (result.getStatus() == CredentialValidationResult.Status.VALID) {
				guard.succeeded(account, address);
			} else {
				Duration locked = guard.failed(account, address, way);
				if (!locked.isZero()) {
					request.setAttribute(THROTTLED, locked);
				}
			}
		}
		return result;
	}

	/**
	 * The caller of an open session as the account is now: the same, re-read (roles
	 * changed), or null after ending the session (password changed, account
	 * deactivated or gone).
	 */
	private SignedInCaller current(HttpServletRequest request, SignedInCaller caller) {
		if (caller == null) {
			return null;
		}
		Optional<SecurityState> state = accounts.securityState(caller.accountId());
		if (state.isEmpty() || !state.get().enabled() || state.get().credentialStamp() != caller.credentialStamp()) {
			return endSession(request);
		}
		if (state.get().securityStamp() == caller.securityStamp()) {
			return caller;
		}
		Optional<AuthenticatedAccount> fresh = accounts.authenticated(caller.accountId());
		if (fresh.isEmpty() || fresh.get().credentialStamp() != caller.credentialStamp()) {
			return endSession(request);
		}
		SignedInCaller renewed = SignedInCaller.of(fresh.get());
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(SignedInCaller.ATTRIBUTE, renewed);
		}
		return renewed;
	}

	private static SignedInCaller endSession(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			try {
				session.invalidate();
			} catch (IllegalStateException alreadyInvalid) {
				// ended by a concurrent request of the same session
			}
		}
		return null;
	}

	/**
	 * After the caller changed their own password: their session goes on, with the
	 * account's new stamps and a new session id; every other session ends.
	 */
	static void renew(HttpServletRequest request, AuthenticatedAccount account) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SignedInCaller.ATTRIBUTE) != null) {
			request.changeSessionId();
			session = request.getSession(false);
			session.setAttribute(SignedInCaller.ATTRIBUTE, SignedInCaller.of(account));
		}
		request.setAttribute(SignedInCaller.ATTRIBUTE, SignedInCaller.of(account));
	}

	/**
	 * Refuses an API call with 429 and {@code Retry-After}; the container sends the
	 * problem through {@link TooManyAttemptsProblemServlet}.
	 */
	private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpMessageContext context,
			Duration wait) {
		request.setAttribute(THROTTLED, wait);
		try {
			context.getResponse().sendError(429);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return AuthenticationStatus.SEND_FAILURE;
	}

	/** The wait as a person reads it: whole minutes, or seconds under a minute. */
	static String waitText(Duration wait) {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		if (seconds < 60) {
			return seconds + (seconds == 1 ? " second" : " seconds");
		}
		long minutes = (seconds + 59) / 60;
		return minutes + (minutes == 1 ? " minute" : " minutes");
	}

	static Credential parse(String authorization) {
		if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return new BearerTokenCredential(authorization.substring(7).trim());
		}
		if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return colon < 0
						? null
						: new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
			} catch (IllegalArgumentException e) {
				return null;
			}
		}
		return null;
	}

	/**
	 * Refuses the call with a 401. The container then sends the error through
	 * {@link UnauthorizedProblemServlet} (the 401 error page), which writes the
	 * problem with this detail: writing the response here and committing it made
	 * the container's own error handling fail on every refused call and log a
	 * 40-line stack trace.
	 */
	static AuthenticationStatus unauthorized(HttpServletRequest request, HttpMessageContext context, String detail) {
		request.setAttribute(UnauthorizedProblemServlet.DETAIL, detail);
		return context.responseUnauthorized();
	}

	private static SignedInCaller sessionCaller(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : (SignedInCaller) session.getAttribute(SignedInCaller.ATTRIBUTE);
	}

	/**
	 * The API, and media files fetched by API clients, take credentials in the
	 * Authorization header.
	 */
	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/media/");
	}

	private static String originalTarget(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
	}
}
