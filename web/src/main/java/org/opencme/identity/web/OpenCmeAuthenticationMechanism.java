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
import java.util.Base64;
import org.opencme.identity.boundary.AccountService;

/**
 * One mechanism for pages and API. Pages: the sign-in page authenticates
 * through {@code SecurityContext.authenticate}; the caller is then kept in the
 * HTTP session (whose id changes at sign-in) and an anonymous request for a
 * protected page is redirected to sign-in. API ({@code /api/*}): HTTP Basic or
 * a Bearer personal token on each request, no session; bad credentials get a
 * 401 problem.
 */
@ApplicationScoped
public class OpenCmeAuthenticationMechanism implements HttpAuthenticationMechanism {

	static final String LOGIN_PAGE = "/login.xhtml";

	@Inject
	IdentityStoreHandler identityStores;

	@Inject
	AccountService accounts;

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
		SignedInCaller caller = sessionCaller(request);
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
		CredentialValidationResult result = identityStores.validate(credential);
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
		CredentialValidationResult result = credential == null
				? CredentialValidationResult.INVALID_RESULT
				: identityStores.validate(credential);
		if (result.getStatus() != CredentialValidationResult.Status.VALID) {
			return unauthorized(request, context, "The credentials are not valid.");
		}
		accounts.authenticated(Long.parseLong(result.getCallerUniqueId()))
				.ifPresent(a -> request.setAttribute(SignedInCaller.ATTRIBUTE, SignedInCaller.of(a)));
		return context.notifyContainerAboutLogin(result);
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
