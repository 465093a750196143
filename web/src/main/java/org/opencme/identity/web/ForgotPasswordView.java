package org.opencme.identity.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Duration;
import org.opencme.identity.boundary.PasswordResetService;

/**
 * {@code /forgot-password.xhtml}: asks for a reset link. The answer is the same
 * whether or not the address belongs to an account.
 */
@Named
@ViewScoped
public class ForgotPasswordView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	PasswordResetService resets;

	private String email;
	private boolean sent;

	public void send() {
		FacesContext faces = FacesContext.getCurrentInstance();
		Duration wait = resets.request(email,
				ClientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()));
		if (!wait.isZero()) {
			// Nothing is lost: the address stays in the field.
			faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
					AttemptsThrottledException.resetRequests(wait).getMessage(), null));
			return;
		}
		sent = true;
		FacesContext.getCurrentInstance().addMessage(null,
				new FacesMessage(FacesMessage.SEVERITY_INFO,
						FacesContext.getCurrentInstance().getApplication()
								.getResourceBundle(FacesContext.getCurrentInstance(), "msg").getString("forgot.sent"),
						null));
	}

	public boolean isSent() {
		return sent;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}
}
