package org.opencme.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.ActivityFormat;

/**
 * Certificate numbers, verification codes and the certificate's decided words.
 */
class CertificateNumbersTest {

	@Test
	void numbersAreYearAndSerialPaddedToSixDigits() {
		assertEquals("OCME-2026-000123", CertificateNumbers.number(2026, 123));
		assertEquals("OCME-2027-1234567", CertificateNumbers.number(2027, 1_234_567));
		assertTrue(CertificateNumbers.isNumber("OCME-2026-000001"));
		assertFalse(CertificateNumbers.isNumber("OCME-26-1"));
		assertThrows(IllegalArgumentException.class, () -> CertificateNumbers.number(2026, 0));
	}

	@Test
	void codesCarry160RandomBitsAsThirtyTwoBase32Characters() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = CertificateNumbers.newCode();
			assertTrue(CertificateNumbers.isCode(code), code);
			assertTrue(seen.add(code), "no repeat in 1000");
		}
		assertEquals(32, CertificateNumbers.newCode().length());
		assertFalse(CertificateNumbers.isCode("A".repeat(32)), "lower case only");
		assertFalse(CertificateNumbers.isCode("a".repeat(31)));
	}

	@Test
	void base32FollowsRfc4648() {
		assertEquals("my", CertificateNumbers.base32("f".getBytes()));
		assertEquals("mzxw6ytboi", CertificateNumbers.base32("foobar".getBytes()));
	}

	@Test
	void designationStatementsGetProviderFormatAndMaximum() {
		String ama = "The [provider] designates this [format] activity for a maximum of [n] AMA PRA Category 1"
				+ " Credit(s)™.";
		assertEquals(
				"The Acme CME designates this enduring material activity for a maximum of 1.5 AMA PRA"
						+ " Category 1 Credit(s)™.",
				CertificateWording.designation(ama, "Acme CME", ActivityFormat.ON_DEMAND, new BigDecimal("1.50")));
		assertEquals("live webinar", CertificateWording.formatPhrase(ActivityFormat.LIVE_WEBINAR));
	}

	@Test
	void activityDatesReadAsPeopleSayThem() {
		assertEquals("Released March 16, 2026, valid for credit until March 15, 2029",
				CertificateWording.activityDates(LocalDate.of(2026, 3, 16), LocalDate.of(2029, 3, 15)));
		assertEquals("Released March 16, 2026", CertificateWording.activityDates(LocalDate.of(2026, 3, 16), null));
	}
}
