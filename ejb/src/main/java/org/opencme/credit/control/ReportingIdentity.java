package org.opencme.credit.control;

import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.opencme.identity.boundary.AccountDetails;
import org.opencme.identity.boundary.LicenceInput;

/**
 * The learner's identity facts a credit receiver (ACCME's PARS, and through it
 * state boards and the ABIM) needs to match a completion to a clinician. Only
 * the month and day of birth, never the year.
 *
 * @param diplomateIds
 *            board → diplomate id, e.g. {@code "ABIM" → "123456"}
 * @param reportingPermission
 *            the learner's explicit permission to report their completions
 */
public record ReportingIdentity(String givenName, String familyName, MonthDay birthMonthDay,
		List<LicenceInput> licences, String npi, Map<String, String> diplomateIds, boolean reportingPermission) {

	public ReportingIdentity {
		licences = licences == null ? List.of() : List.copyOf(licences);
		diplomateIds = diplomateIds == null ? Map.of() : Map.copyOf(diplomateIds);
	}

	/**
	 * The facts identity holds today (names, licences, NPI) and those it does not
	 * store yet, passed separately.
	 */
	public static ReportingIdentity of(AccountDetails account, MonthDay birthMonthDay, Map<String, String> diplomateIds,
			boolean reportingPermission) {
		return new ReportingIdentity(account.givenName(), account.familyName(), birthMonthDay, account.licences(),
				account.npi(), diplomateIds, reportingPermission);
	}

	boolean hasLicenceOrNpi() {
		return !blank(npi) || licences.stream().anyMatch(l -> !blank(l.state()) && !blank(l.number()));
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
