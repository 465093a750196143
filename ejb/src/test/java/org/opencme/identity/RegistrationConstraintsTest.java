package org.opencme.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.Profession;
import org.opencme.identity.boundary.LicenceInput;
import org.opencme.identity.boundary.RegistrationRequest;
import org.opencme.identity.control.IssuedLicence;
import org.opencme.identity.control.Npi;
import org.opencme.platform.boundary.Constraints;
import org.opencme.platform.boundary.InvalidInputException;

/**
 * The registration's constraints, mapped to field errors as the boundary does.
 */
class RegistrationConstraintsTest {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private static Map<String, String> problems(RegistrationRequest r) {
		return Constraints.fieldErrors(RegistrationRequest.class, VALIDATOR.validate(r));
	}

	private static RegistrationRequest with(String email, String given, String family, String npi,
			LicenceInput... licences) {
		return new RegistrationRequest(email, "a long passphrase", given, family, Profession.RN, npi,
				List.of(licences));
	}

	@Test
	void aCompleteRegistrationHasNoProblems() {
		RegistrationRequest ok = new RegistrationRequest("nina@example.org", "a long passphrase", "Nina", "Nurse",
				Profession.NP, "1234567893", List.of(new LicenceInput("ca", "NP-123")));
		assertTrue(problems(ok).isEmpty());
	}

	@Test
	void everyBadFieldIsReportedAtOnce() {
		RegistrationRequest bad = new RegistrationRequest("not-an-email", "short", " ", null, null, "1234567890",
				List.of(new LicenceInput("ZZ", "")));
		Map<String, String> problems = problems(bad);
		assertEquals(List.of("email", "password", "givenName", "familyName", "profession", "npi", "licences[0].state",
				"licences[0].number"), List.copyOf(problems.keySet()));
		assertEquals("Enter a valid e-mail address.", problems.get("email"));
		assertEquals("The password must have at least 12 characters.", problems.get("password"));
		assertEquals("Enter your given name.", problems.get("givenName"));
		assertEquals("Enter your family name.", problems.get("familyName"));
		assertEquals("Choose your profession.", problems.get("profession"));
		assertEquals("An NPI has 10 digits with a valid check digit.", problems.get("npi"));
		assertEquals("Choose the state that issued the licence.", problems.get("licences[0].state"));
		assertEquals("Enter the licence number (at most 40 characters).", problems.get("licences[0].number"));
	}

	@Test
	void theBoundaryThrowsTheFieldErrorsWithItsSummary() {
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> Constraints.check(VALIDATOR, with("a@b.org", "", "B", null), "The registration has errors."));
		assertEquals("The registration has errors.", e.getMessage());
		assertEquals(Map.of("givenName", "Enter your given name."), e.fieldErrors());
	}

	@Test
	void emailMustLookLikeAnAddressOfAtMost254Characters() {
		assertTrue(problems(with(" a@b.org ", "A", "B", null)).isEmpty());
		assertEquals(Map.of("email", "Enter a valid e-mail address."), problems(with(null, "A", "B", null)));
		assertEquals(Map.of("email", "Enter a valid e-mail address."), problems(with("a@b.c", "A", "B", null)));
		assertEquals(Map.of("email", "Enter a valid e-mail address."),
				problems(with("a".repeat(250) + "@b.org", "A", "B", null)));
	}

	@Test
	void namesAreNeededAndAtMost100Characters() {
		assertTrue(problems(with("a@b.org", "x".repeat(100), "B", null)).isEmpty());
		assertEquals(Map.of("givenName", "Enter your given name."),
				problems(with("a@b.org", "x".repeat(101), "B", null)));
		assertEquals(Map.of("familyName", "Enter your family name."), problems(with("a@b.org", "A", null, null)));
	}

	@Test
	void npiCheckDigitFollowsTheCmsLuhnRule() {
		assertTrue(Npi.Check.isValid("1234567893"));
		assertFalse(Npi.Check.isValid("1234567890"));
		assertFalse(Npi.Check.isValid("123456789"));
		assertFalse(Npi.Check.isValid("12345678a3"));
		assertTrue(problems(with("a@b.org", "A", "B", " 1234567893 ")).isEmpty());
		assertTrue(problems(with("a@b.org", "A", "B", " ")).isEmpty());
		assertTrue(problems(with("a@b.org", "A", "B", "1234567890")).containsKey("npi"));
	}

	@Test
	void blankLicenceLinesAreIgnored() {
		RegistrationRequest r = new RegistrationRequest("a@b.org", "a long passphrase", "A", "B", Profession.RN, null,
				List.of(new LicenceInput("", " ")));
		assertTrue(problems(r).isEmpty());
	}

	@Test
	void aFilledLicenceNeedsAStateAndANumberOfAtMost40Characters() {
		assertTrue(IssuedLicence.Check.isState(" pr "));
		assertFalse(IssuedLicence.Check.isState("ZZ"));
		assertTrue(problems(with("a@b.org", "A", "B", null, new LicenceInput("TX", "x".repeat(40)))).isEmpty());
		assertEquals(List.of("licences[1].number"), List.copyOf(problems(
				with("a@b.org", "A", "B", null, new LicenceInput("TX", "1"), new LicenceInput("TX", "x".repeat(41))))
				.keySet()));
		assertEquals(List.of("licences[0].state"),
				List.copyOf(problems(with("a@b.org", "A", "B", null, new LicenceInput(null, "1"))).keySet()));
	}

	@Test
	void theJsonBodySizesAreNotPartOfTheRegistrationRules() {
		assertEquals(Map.of("licences[0].state", "Choose the state that issued the licence."),
				problems(with("a@b.org", "A", "B", null, new LicenceInput("TEX", "1"))));
		assertFalse(VALIDATOR.validate(new LicenceInput("TEX", "1")).isEmpty());
	}

	@Test
	void passwordMayNotBeTheEmail() {
		RegistrationRequest r = new RegistrationRequest("longname@example.org", "LONGNAME@example.org", "A", "B",
				Profession.RN, null, List.of());
		assertEquals(Map.of("password", "The password must not be the e-mail address."), problems(r));
	}
}
