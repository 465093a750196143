package org.opencme.identity.boundary;

import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.opencme.content.pkg.Profession;

/**
 * What the receivers of reported credit (ACCME for AMA PRA Category 1 and ABIM
 * MOC, state licence boards) need about a learner, as stored: the credit
 * context decides from it which fields a claim still lacks.
 *
 * @param birthday
 *            month and day of birth, never the year; null when not given
 * @param reportPermissionAt
 *            when the learner allowed reporting; null when not allowed
 */
public record ReportingIdentity(long accountId, String givenName, String familyName, Profession profession,
		MonthDay birthday, String npi, List<LicenceInput> licences, String boardDiplomateId,
		Instant reportPermissionAt) {

	public ReportingIdentity {
		licences = licences == null ? List.of() : List.copyOf(licences);
	}

	public boolean permitsReporting() {
		return reportPermissionAt != null;
	}

	public Optional<MonthDay> birthdayIfGiven() {
		return Optional.ofNullable(birthday);
	}
}
