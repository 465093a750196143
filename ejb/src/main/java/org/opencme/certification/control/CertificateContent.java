package org.opencme.certification.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one certificate prints, already decided: the caller fills in the
 * designation statements (provider, format, maximum) and the amounts the
 * learner actually claimed. The renderer adds nothing but layout and the QR
 * code of {@link #verificationUrl()}.
 *
 * @param ipceStatement
 *            the Joint Accreditation / IPCE statement, or {@code null} when the
 *            activity carries no IPCE credit
 * @param credits
 *            empty for a certificate of participation without credit lines
 */
public record CertificateContent(String learnerName, String activityTitle, String formatLabel, String activityDates,
		LocalDate completionDate, String providerName, List<CreditLine> credits, String accreditationStatement,
		String ipceStatement, String certificateNumber, String verificationUrl) {

	public CertificateContent {
		Objects.requireNonNull(learnerName, "learnerName");
		Objects.requireNonNull(activityTitle, "activityTitle");
		Objects.requireNonNull(formatLabel, "formatLabel");
		Objects.requireNonNull(activityDates, "activityDates");
		Objects.requireNonNull(completionDate, "completionDate");
		Objects.requireNonNull(providerName, "providerName");
		Objects.requireNonNull(accreditationStatement, "accreditationStatement");
		Objects.requireNonNull(certificateNumber, "certificateNumber");
		Objects.requireNonNull(verificationUrl, "verificationUrl");
		credits = List.copyOf(credits);
		if (ipceStatement != null && ipceStatement.isBlank()) {
			ipceStatement = null;
		}
	}

	/**
	 * One credit type on the certificate.
	 *
	 * @param amount
	 *            what the learner claimed (not the designation's maximum)
	 * @param unitLabel
	 *            e.g. "credits", "contact hours"
	 * @param designationStatement
	 *            the type's statement with provider, format and maximum filled in
	 */
	public record CreditLine(String creditTypeName, BigDecimal amount, String unitLabel, String designationStatement) {

		public CreditLine {
			Objects.requireNonNull(creditTypeName, "creditTypeName");
			Objects.requireNonNull(amount, "amount");
			Objects.requireNonNull(unitLabel, "unitLabel");
			Objects.requireNonNull(designationStatement, "designationStatement");
			if (amount.signum() < 0) {
				throw new IllegalArgumentException("a claimed amount is never negative: " + amount);
			}
		}
	}
}
