package org.opencme.identity.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;

/**
 * The sign-in page: e-mail and password through Jakarta Security, then the
 * role's home page.
 */
@Named
@ViewScoped
public class LoginView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	SecurityContext securityContext;

	@Inject
	CurrentUser currentUser;

	private String email;
	private String password;
	private String next;

	public void signIn() throws IOException {
		FacesContext faces = FacesContext.getCurrentInstance();
		ExternalContext external = faces.getExternalContext();
		AuthenticationStatus status = securityContext.authenticate((HttpServletRequest) external.getRequest(),
				(HttpServletResponse) external.getResponse(),
				AuthenticationParameters.withParams().newAuthentication(true)
						.credential(new UsernamePasswordCredential(email, new Password(password))));
		password = null;
		Object throttled = external.getRequestMap().get(OpenCmeAuthenticationMechanism.THROTTLED);
		switch (status) {
			case SUCCESS -> external.redirect(external.getRequestContextPath() + target());
			case SEND_CONTINUE -> faces.responseComplete();
			default -> faces.addMessage(null, throttled instanceof java.time.Duration wait
					? new FacesMessage(FacesMessage.SEVERITY_ERROR,
							"Too many attempts, try again in " + OpenCmeAuthenticationMechanism.waitText(wait) + ".",
							"Sign-in is paused for this account from your address; other addresses are not affected.")
					: new FacesMessage(FacesMessage.SEVERITY_ERROR, "The e-mail address or password is not correct.",
							"Check both and try again."));
		}
	}

	/** Only a local path is followed after sign-in (no open redirect). */
	private String target() {
		if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
				&& !next.startsWith(OpenCmeAuthenticationMechanism.LOGIN_PAGE)) {
			return next;
		}
		return currentUser.getHomeUrl();
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getNext() {
		return next;
	}

	public void setNext(String next) {
		this.next = next;
	}
}
