package org.opencme.certification.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opencme.certification.boundary.CertificateService;
import org.opencme.certification.boundary.CertificateSummary;
import org.opencme.identity.web.CurrentUser;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;

/**
 * Administrators find a certificate by number or learner e-mail, revoke it with
 * a reason, or reissue it.
 */
@Named
@ViewScoped
public class AdminCertificatesView implements Serializable {

	private static final long serialVersionUID = 1L;

	static final int MAX = 200;

	@Inject
	CertificateService certificates;

	@Inject
	CurrentUser currentUser;

	private String query;
	private List<CertificateSummary> found = List.of();
	private String revokeNumber;
	private String reason;
	private boolean searched;

	public void search() {
		try {
			found = certificates.find(currentUser.required().asAccount(), query, MAX);
			searched = true;
		} catch (DomainException e) {
			FacesMessages.show(e, "search");
		}
	}

	/** Opens the revocation of one certificate (reason and confirmation). */
	public void startRevoke(String number) {
		revokeNumber = number;
		reason = null;
	}

	public void cancelRevoke() {
		revokeNumber = null;
		reason = null;
	}

	public void revoke() {
		try {
			CertificateSummary revoked = certificates.revoke(currentUser.required().asAccount(), revokeNumber, reason);
			info("Certificate " + revoked.number() + " is revoked; its verification page now says so.");
			revokeNumber = null;
			reason = null;
			refresh();
		} catch (DomainException e) {
			FacesMessages.show(e, "search");
		}
	}

	public void reissue(String number) {
		try {
			CertificateSummary issued = certificates.reissue(currentUser.required().asAccount(), number);
			info("Certificate " + number + " is reissued as " + issued.number()
					+ "; the old one is marked superseded.");
			refresh();
		} catch (DomainException e) {
			FacesMessages.show(e, "search");
		}
	}

	private void refresh() {
		if (searched) {
			found = certificates.find(currentUser.required().asAccount(), query, MAX);
		}
	}

	private static void info(String text) {
		FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
	}

	public String getQuery() {
		return query;
	}

	public void setQuery(String query) {
		this.query = query;
	}

	public List<CertificateSummary> getFound() {
		return found;
	}

	public boolean isSearched() {
		return searched;
	}

	public String getRevokeNumber() {
		return revokeNumber;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
