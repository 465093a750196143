package org.opencme.certification.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public verification shows of a genuine certificate, and nothing else
 * (no e-mail, NPI, licence or birth date): the learner's name, the activity,
 * each credit claimed, the dates and the status. A revoked one says when; a
 * superseded one gives the code of the certificate that replaced it.
 */
public record Verification(String number, String learnerName, String activityTitle, String formatLabel,
		List<CertificateSummary.CreditShown> credits, LocalDate completionDate, Instant issuedAt,
		CertificateStatus status, Instant revokedAt, String currentCode) {

	public Verification {
		credits = List.copyOf(credits);
	}
}
