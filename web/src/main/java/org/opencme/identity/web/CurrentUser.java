package org.opencme.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.opencme.identity.boundary.Role;

/**
 * The signed-in caller of this request, for pages ({@code #{currentUser}}) and
 * REST resources.
 */
@Named
@RequestScoped
public class CurrentUser {

	@Inject
	HttpServletRequest request;

	public Optional<SignedInCaller> caller() {
		Object fromRequest = request.getAttribute(SignedInCaller.ATTRIBUTE);
		if (fromRequest instanceof SignedInCaller c) {
			return Optional.of(c);
		}
		HttpSession session = request.getSession(false);
		Object fromSession = session == null ? null : session.getAttribute(SignedInCaller.ATTRIBUTE);
		return fromSession instanceof SignedInCaller c ? Optional.of(c) : Optional.empty();
	}

	public SignedInCaller required() {
		return caller().orElseThrow(() -> new IllegalStateException("No one is signed in"));
	}

	public boolean isSignedIn() {
		return caller().isPresent();
	}

	public String getDisplayName() {
		return caller().map(SignedInCaller::displayName).orElse("");
	}

	public String getRoleLabel() {
		return caller().map(c -> RoleLabels.label(c.primaryRole())).orElse("");
	}

	public boolean hasRole(String role) {
		return caller().map(c -> c.roles().contains(Role.valueOf(role))).orElse(false);
	}

	/** The zone in which the caller's pages show times. */
	public String getTimeZone() {
		return caller().map(SignedInCaller::timeZone).orElse(SignedInCaller.DEFAULT_ZONE);
	}

	/** The home page of the caller's widest role. */
	public String getHomeUrl() {
		return caller().map(c -> RoleLabels.home(c.primaryRole())).orElse("/index.xhtml");
	}
}
