package org.opencme.certification.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.opencme.certification.boundary.CertificateService;
import org.opencme.certification.boundary.TooManyGuessesException;
import org.opencme.certification.boundary.Verification;
import org.opencme.identity.web.ClientAddress;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * The public verification page, {@code /verify/{code}} (rewritten to
 * {@code verify.xhtml?code=}): what a board clerk sees after scanning the QR
 * code. An unknown code says so plainly (and counts against the address); too
 * many unknown codes say when to try again.
 */
@Named
@ViewScoped
public class VerifyView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	CertificateService certificates;

	private String code;
	private Verification verification;
	private String problem;

	public void load() {
		FacesContext faces = FacesContext.getCurrentInstance();
		if (faces.isPostback()) {
			return;
		}
		HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
		try {
			verification = certificates.verify(code == null ? "" : code.strip(), ClientAddress.of(request));
		} catch (RecordNotFoundException e) {
			problem = "No such certificate.";
			faces.getExternalContext().setResponseStatus(404);
		} catch (TooManyGuessesException e) {
			problem = e.getMessage();
			faces.getExternalContext().setResponseStatus(429);
			faces.getExternalContext().setResponseHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
		}
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public Verification getVerification() {
		return verification;
	}

	public String getProblem() {
		return problem;
	}
}
