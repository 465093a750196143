package org.opencme.claim.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.opencme.claim.boundary.ClaimService;
import org.opencme.identity.web.CurrentUser;

/**
 * The dashboard's claim links: whether a completed enrolment was claimed
 * ("Certificates") or not yet ("Claim credit"). Asked from the page, since
 * learning does not know claims.
 */
@Named
@RequestScoped
public class ClaimLinks {

	@Inject
	ClaimService claims;

	@Inject
	CurrentUser currentUser;

	private Set<Long> claimed;

	public boolean claimed(long enrollmentId) {
		if (claimed == null) {
			claimed = claims.claimedEnrollments(currentUser.required().accountId());
		}
		return claimed.contains(enrollmentId);
	}
}
