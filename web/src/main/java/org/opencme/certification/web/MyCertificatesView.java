package org.opencme.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opencme.certification.boundary.CertificateService;
import org.opencme.certification.boundary.CertificateSummary;
import org.opencme.identity.web.CurrentUser;

/** "My certificates": the learner's certificates, newest first. */
@Named
@ViewScoped
public class MyCertificatesView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	CertificateService certificates;

	@Inject
	CurrentUser currentUser;

	private List<CertificateSummary> mine;

	@PostConstruct
	void load() {
		mine = certificates.mine(currentUser.required().accountId());
	}

	public List<CertificateSummary> getMine() {
		return mine;
	}
}
