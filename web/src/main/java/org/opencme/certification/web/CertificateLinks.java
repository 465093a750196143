package org.opencme.certification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.opencme.certification.boundary.CertificateService;
import org.opencme.certification.boundary.CertificateSummary;
import org.opencme.identity.web.CurrentUser;

/**
 * The certificate of a claim, for the claim page (claim does not know
 * certification: the page asks this bean).
 */
@Named
@RequestScoped
public class CertificateLinks {

	@Inject
	CertificateService certificates;

	@Inject
	CurrentUser currentUser;

	private final Map<Long, Optional<CertificateSummary>> byClaim = new HashMap<>();

	/**
	 * The current certificate of the caller's claim, or null (not issued, or not
	 * theirs).
	 */
	public CertificateSummary ofClaim(long claimId) {
		long me = currentUser.required().accountId();
		return byClaim.computeIfAbsent(claimId, id -> certificates.ofClaim(id).filter(c -> c.learnerId() == me))
				.orElse(null);
	}
}
