package org.opencme.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.credit.CreditFixtures.AMA;
import static org.opencme.credit.CreditFixtures.ANCC;
import static org.opencme.credit.CreditFixtures.IPCE;
import static org.opencme.credit.CreditFixtures.MOC;
import static org.opencme.credit.CreditFixtures.PARTICIPATION;

import java.time.Instant;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.Profession;
import org.opencme.credit.boundary.CreditTypeSummary;
import org.opencme.credit.control.FieldProblem;
import org.opencme.credit.control.ReportingIdentity;
import org.opencme.credit.control.ReportingRequirements;
import org.opencme.identity.boundary.AccountDetails;
import org.opencme.identity.boundary.LicenceInput;

class ReportingRequirementsTest {

	private static final MonthDay BIRTHDAY = MonthDay.of(Month.MARCH, 14);
	private static final List<LicenceInput> LICENCE = List.of(new LicenceInput("MA", "123456"));

	private static ReportingIdentity complete() {
		return new ReportingIdentity("Ada", "Lovelace", BIRTHDAY, LICENCE, null, Map.of("ABIM", "987654"), true);
	}

	private static Map<String, String> missing(List<CreditTypeSummary> claimed, ReportingIdentity identity) {
		return FieldProblem.asMap(ReportingRequirements.missing(claimed, identity));
	}

	@Test
	void aCompleteIdentityMayClaimReportedCredit() {
		assertTrue(missing(List.of(AMA, MOC, IPCE), complete()).isEmpty());
	}

	@Test
	void creditThatIsNotReportedNeedsNothing() {
		ReportingIdentity nothing = new ReportingIdentity(null, null, null, List.of(), null, Map.of(), false);
		assertTrue(missing(List.of(ANCC, IPCE, PARTICIPATION), nothing).isEmpty());
		assertTrue(missing(List.of(), nothing).isEmpty());
	}

	@Test
	void everyMissingFieldIsNamedWithWhyItIsNeeded() {
		ReportingIdentity nothing = new ReportingIdentity(" ", "", null, List.of(), " ", Map.of(), false);
		Map<String, String> missing = missing(List.of(AMA), nothing);
		assertEquals(List.of("givenName", "familyName", "birthMonthDay", "licences", "reportingPermission"),
				List.copyOf(missing.keySet()));
		assertEquals("Enter your first name: ACCME needs it to report your AMA PRA Category 1 Credit™.",
				missing.get("givenName"));
		assertEquals("Enter the month and day of your birth (not the year): ACCME needs it to report your AMA PRA"
				+ " Category 1 Credit™.", missing.get("birthMonthDay"));
		assertEquals("Enter a licence (state and number) or your NPI: ACCME needs it to report your AMA PRA Category"
				+ " 1 Credit™.", missing.get("licences"));
		assertEquals("Give your permission to report this completion: ACCME receives your AMA PRA Category 1"
				+ " Credit™ only with it.", missing.get("reportingPermission"));
	}

	@Test
	void anNpiStandsInForALicence() {
		ReportingIdentity npiOnly = new ReportingIdentity("Ada", "Lovelace", BIRTHDAY, List.of(), "1234567893",
				Map.of(), true);
		assertTrue(missing(List.of(AMA), npiOnly).isEmpty());
	}

	@Test
	void aHalfEnteredLicenceIsNoLicence() {
		ReportingIdentity half = new ReportingIdentity("Ada", "Lovelace", BIRTHDAY,
				List.of(new LicenceInput("MA", " "), new LicenceInput(null, "123")), null, Map.of(), true);
		assertEquals(Set.of("licences"), missing(List.of(AMA), half).keySet());
	}

	@Test
	void mocNeedsTheBoardsDiplomateId() {
		ReportingIdentity noDiplomate = new ReportingIdentity("Ada", "Lovelace", BIRTHDAY, LICENCE, null,
				Map.of("ABP", "1"), true);
		assertEquals(
				Map.of("diplomateIds[ABIM]",
						"Enter your ABIM diplomate id: ACCME reports your ABIM MOC points" + " to the ABIM with it."),
				missing(List.of(AMA, MOC), noDiplomate));
		assertTrue(missing(List.of(AMA), noDiplomate).isEmpty(), "AMA credit alone needs no diplomate id");
	}

	@Test
	void theReasonNamesEveryReportedTypeClaimed() {
		ReportingIdentity noBirthday = new ReportingIdentity("Ada", "Lovelace", null, LICENCE, null,
				Map.of("ABIM", "9"), true);
		assertEquals(
				"Enter the month and day of your birth (not the year): ACCME needs it to report your AMA PRA"
						+ " Category 1 Credit™ and ABIM MOC points.",
				missing(List.of(AMA, IPCE, MOC), noBirthday).get("birthMonthDay"));
	}

	@Test
	void theReportedTypesAreAmaAndMoc() {
		assertTrue(ReportingRequirements.isReported("AMA_PRA_1"));
		assertTrue(ReportingRequirements.isReported("ABIM_MOC"));
		for (String code : new String[]{"ANCC", "AANP", "AAPA_1", "ACPE", "AAFP_PRESCRIBED", "IPCE", "PARTICIPATION"}) {
			assertFalse(ReportingRequirements.isReported(code), code);
		}
	}

	@Test
	void theIdentityFactsIdentityHoldsComeFromTheAccount() {
		AccountDetails account = new AccountDetails(7, "ada@example.org", "Ada", "Lovelace", Profession.MD,
				"1234567893", Set.of(), LICENCE, "UTC", Instant.parse("2026-01-01T00:00:00Z"), true);
		ReportingIdentity identity = ReportingIdentity.of(account, BIRTHDAY, Map.of(), true);
		assertEquals("Ada", identity.givenName());
		assertEquals("Lovelace", identity.familyName());
		assertEquals("1234567893", identity.npi());
		assertEquals(LICENCE, identity.licences());
		assertTrue(missing(List.of(AMA), identity).isEmpty());
	}
}
