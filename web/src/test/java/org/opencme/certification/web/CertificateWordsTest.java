package org.opencme.certification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencme.certification.boundary.CertificateStatus;
import org.opencme.certification.boundary.CertificateSummary.CreditShown;

class CertificateWordsTest {

	final CertificateWords words = new CertificateWords();

	@Test
	void creditsAsPrinted() {
		assertEquals("1.25 AMA PRA Category 1 Credit™; 2 ANCC contact hours",
				words.credits(
						List.of(new CreditShown("AMA PRA Category 1 Credit™", new BigDecimal("1.25"), "credit(s)"),
								new CreditShown("ANCC contact hours", new BigDecimal("2.00"), "contact hour(s)"))));
	}

	@Test
	void statusAndDatesInWords() {
		assertEquals("Valid", words.status(CertificateStatus.VALID, null));
		assertEquals("Revoked on March 4, 2026",
				words.status(CertificateStatus.REVOKED, Instant.parse("2026-03-04T15:00:00Z")));
		assertEquals("Superseded by a reissued certificate", words.status(CertificateStatus.SUPERSEDED, null));
		assertEquals("December 3, 2026", words.date(LocalDate.of(2026, 12, 3)));
	}

	@Test
	void linksOfACertificate() {
		assertEquals("/api/certificates/OCME-2026-000001.pdf", words.pdfPath("OCME-2026-000001"));
		assertEquals("/verify/abc_DEF-1", words.verifyPath("abc_DEF-1"));
	}
}
