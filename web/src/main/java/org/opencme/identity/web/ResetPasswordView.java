package org.opencme.identity.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.opencme.identity.boundary.PasswordResetService;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;

/**
 * {@code /reset-password.xhtml?token=...}: the link of a forgotten-password
 * mail; sets a new password once.
 */
@Named
@ViewScoped
public class ResetPasswordView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	PasswordResetService resets;

	private String token;
	private String newPassword;
	private boolean done;

	public void reset() {
		try {
			resets.reset(token, newPassword);
			done = true;
			token = null;
			FacesContext.getCurrentInstance().addMessage(null,
					new FacesMessage(FacesMessage.SEVERITY_INFO, FacesContext.getCurrentInstance().getApplication()
							.getResourceBundle(FacesContext.getCurrentInstance(), "msg").getString("reset.done"),
							null));
		} catch (DomainException e) {
			FacesMessages.show(e, "reset");
		} finally {
			newPassword = null;
		}
	}

	public boolean isDone() {
		return done;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}
}
