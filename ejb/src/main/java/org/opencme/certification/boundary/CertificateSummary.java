package org.opencme.certification.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A certificate as its owner and administrators see it (the verification code
 * included: the owner hands it out with the certificate).
 */
public record CertificateSummary(String number, String verificationCode, long learnerId, String learnerName,
		long claimId, long enrollmentId, String activityTitle, String formatLabel, LocalDate completionDate,
		Instant issuedAt, CertificateStatus status, Instant revokedAt, String revocationReason, String supersededBy,
		List<CreditShown> credits) {

	public CertificateSummary {
		credits = List.copyOf(credits);
	}

	/**
	 * One credit line as printed: the type's name, the amount claimed, its unit.
	 */
	public record CreditShown(String creditType, java.math.BigDecimal amount, String unitLabel) {
	}
}
