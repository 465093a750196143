package org.opencme.certification.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.opencme.content.pkg.ActivityFormat;

/**
 * The words a certificate prints that are decided, not stored: designation
 * statements with provider, format and amount filled in, the activity's dates,
 * the Joint Accreditation statement, and the accreditation statement when an
 * activity gives none.
 */
public final class CertificateWording {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

	private CertificateWording() {
	}

	/**
	 * Fills a designation statement's {@code [provider]}, {@code [format]} and
	 * {@code [n]} (the designated maximum, as the accreditor's wording requires;
	 * the certificate prints the claimed amount beside it).
	 */
	public static String designation(String template, String provider, ActivityFormat format, BigDecimal maximum) {
		return template.replace("[provider]", provider).replace("[format]", formatPhrase(format)).replace("[n]",
				maximum.stripTrailingZeros().toPlainString());
	}

	/**
	 * How a format reads in a designation statement ("this enduring material
	 * activity").
	 */
	public static String formatPhrase(ActivityFormat format) {
		return switch (format) {
			case ON_DEMAND -> "enduring material";
			case LIVE_WEBINAR -> "live webinar";
			case LIVE_IN_PERSON -> "live";
			case PROCTORED -> "proctored";
		};
	}

	public static String date(LocalDate day) {
		return DATE.format(day);
	}

	/** The activity's date(s): an enduring activity's release (and expiry) date. */
	public static String activityDates(LocalDate release, LocalDate expiry) {
		if (release == null) {
			return "";
		}
		return expiry == null
				? "Released " + date(release)
				: "Released " + date(release) + ", valid for credit until " + date(expiry);
	}

	public static String jointAccreditation(String provider) {
		return "In support of improving patient care, " + provider
				+ " is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME),"
				+ " the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing"
				+ " Center (ANCC), to provide continuing education for the healthcare team.";
	}

	public static String defaultAccreditation(String provider) {
		return provider + " is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to"
				+ " provide continuing medical education for physicians.";
	}
}
