package org.opencme.certification.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opencme.certification.boundary.CertificateStatus;
import org.opencme.certification.boundary.CertificateSummary;
import org.opencme.platform.boundary.ProviderCalendar;

/**
 * Certificates in words, for every certificate page: credits as printed ("1.25
 * AMA PRA Category 1 Credit™"), dates as people write them ("December 3,
 * 2026"), the status ("Revoked on December 3, 2026"), and the links of a
 * certificate (its PDF, its verification page).
 */
@Named("certificateWords")
@ApplicationScoped
public class CertificateWords {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

	/** Each credit line, joined: "1.25 AMA PRA Category 1 Credit™". */
	public String credits(List<CertificateSummary.CreditShown> credits) {
		return credits.stream().map(this::credit).collect(Collectors.joining("; "));
	}

	public String credit(CertificateSummary.CreditShown credit) {
		return amount(credit.amount()) + " " + credit.creditType();
	}

	public String amount(BigDecimal amount) {
		return amount == null ? "" : amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** The provider's date of an instant, written out. */
	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(ProviderCalendar.dateOf(instant));
	}

	/**
	 * "Valid", "Revoked on December 3, 2026", "Superseded by a reissued
	 * certificate".
	 */
	public String status(CertificateStatus status, Instant revokedAt) {
		if (status == CertificateStatus.REVOKED && revokedAt != null) {
			return "Revoked on " + date(revokedAt);
		}
		return status.label();
	}

	/** The path of a certificate's PDF (the REST resource; a cookie-signed GET). */
	public String pdfPath(String number) {
		return "/api/certificates/" + URLEncoder.encode(number, StandardCharsets.UTF_8) + ".pdf";
	}

	/** The path of a verification page. */
	public String verifyPath(String code) {
		return "/verify/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
	}
}
