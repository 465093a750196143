package org.opencme.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.Profession;
import org.opencme.identity.boundary.LicenceInput;
import org.opencme.identity.boundary.RegistrationRequest;
import org.opencme.identity.control.RegistrationValidator;

class RegistrationValidatorTest {

	@Test
	void aCompleteRegistrationHasNoProblems() {
		RegistrationRequest ok = new RegistrationRequest("nina@example.org", "a long passphrase", "Nina", "Nurse",
				Profession.NP, "1234567893", List.of(new LicenceInput("ca", "NP-123")));
		assertTrue(RegistrationValidator.problems(ok).isEmpty());
	}

	@Test
	void everyBadFieldIsReportedAtOnce() {
		RegistrationRequest bad = new RegistrationRequest("not-an-email", "short", " ", null, null, "1234567890",
				List.of(new LicenceInput("ZZ", "")));
		Map<String, String> problems = RegistrationValidator.problems(bad);
		assertEquals(List.of("email", "password", "givenName", "familyName", "profession", "npi", "licences[0].state",
				"licences[0].number"), List.copyOf(problems.keySet()));
	}

	@Test
	void npiCheckDigitFollowsTheCmsLuhnRule() {
		assertTrue(RegistrationValidator.isValidNpi("1234567893"));
		assertFalse(RegistrationValidator.isValidNpi("1234567890"));
		assertFalse(RegistrationValidator.isValidNpi("123456789"));
		assertFalse(RegistrationValidator.isValidNpi("12345678a3"));
	}

	@Test
	void blankLicenceLinesAreIgnored() {
		RegistrationRequest r = new RegistrationRequest("a@b.org", "a long passphrase", "A", "B", Profession.RN, null,
				List.of(new LicenceInput("", " ")));
		assertTrue(RegistrationValidator.problems(r).isEmpty());
	}

	@Test
	void passwordMayNotBeTheEmail() {
		RegistrationRequest r = new RegistrationRequest("longname@example.org", "LONGNAME@example.org", "A", "B",
				Profession.RN, null, List.of());
		assertTrue(RegistrationValidator.problems(r).containsKey("password"));
	}
}
