package org.opencme.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Signing out, and sending a signed-in person from the landing page to their
 * home page.
 */
@Named
@RequestScoped
public class SessionView {

	@Inject
	CurrentUser currentUser;

	public void signOut() throws IOException, ServletException {
		ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
		HttpServletRequest request = (HttpServletRequest) external.getRequest();
		request.logout();
		external.invalidateSession();
		external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
	}

	public void goHomeIfSignedIn() throws IOException {
		if (currentUser.isSignedIn()) {
			ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
			external.redirect(external.getRequestContextPath() + currentUser.getHomeUrl());
		}
	}
}
