package org.opencme.identity.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import org.opencme.identity.control.BirthMonthDay;
import org.opencme.identity.control.Npi;

/**
 * The reporting fields a learner fills in on the claim page or the profile.
 * Every component may be null: null keeps what is stored, so a page asks only
 * for what is missing. A licence line is added to the account's licences unless
 * it is there already. {@code permitReporting} true gives the permission
 * (recorded with the time), false withdraws it.
 */
@BirthMonthDay
public record ReportingDetails(
		@Min(value = 1, message = ReportingDetails.MONTH) @Max(value = 12, message = ReportingDetails.MONTH) Integer birthMonth,
		@Min(value = 1, message = ReportingDetails.DAY) @Max(value = 31, message = ReportingDetails.DAY) Integer birthDay,
		@Npi String npi,
		@Valid @ConvertGroup(from = Default.class, to = LicenceInput.Entered.class) LicenceInput licence,
		@Pattern(regexp = "^\\s*\\d{6}\\s*$", message = "An ABIM diplomate id has 6 digits.") String boardDiplomateId,
		Boolean permitReporting) {

	static final String MONTH = "Choose the month of your birthday.";
	static final String DAY = "Enter the day of your birthday (1 to 31).";
}
