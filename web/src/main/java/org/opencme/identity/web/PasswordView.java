package org.opencme.identity.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;

/** {@code /me/password.xhtml}: the signed-in person changes their password. */
@Named
@ViewScoped
public class PasswordView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	PasswordChange passwordChange;

	@Inject
	CurrentUser currentUser;

	private String currentPassword;
	private String newPassword;
	private boolean changed;

	public void change() {
		FacesContext faces = FacesContext.getCurrentInstance();
		try {
			passwordChange.change((HttpServletRequest) faces.getExternalContext().getRequest(), currentUser.required(),
					currentPassword, newPassword);
			changed = true;
			faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Your password is changed.",
					"Your other sessions and your API tokens have ended."));
		} catch (AttemptsThrottledException e) {
			faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
		} catch (DomainException e) {
			FacesMessages.show(e, "password");
		} finally {
			currentPassword = null;
			newPassword = null;
		}
	}

	public boolean isChanged() {
		return changed;
	}

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}
}
