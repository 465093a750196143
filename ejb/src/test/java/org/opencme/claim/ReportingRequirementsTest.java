package org.opencme.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.claim.CreditFixtures.AMA;
import static org.opencme.claim.CreditFixtures.ANCC;
import static org.opencme.claim.CreditFixtures.IPCE;
import static org.opencme.claim.CreditFixtures.MOC;
import static org.opencme.claim.CreditFixtures.PARTICIPATION;

import java.time.Instant;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.claim.control.FieldProblem;
import org.opencme.claim.control.ReportingRequirements;
import org.opencme.content.pkg.Profession;
import org.opencme.credit.boundary.CreditTypeSummary;
import org.opencme.identity.boundary.LicenceInput;
import org.opencme.identity.boundary.ReportingIdentity;

class ReportingRequirementsTest {

	private static final MonthDay BIRTHDAY = MonthDay.of(Month.MARCH, 14);
	private static final List<LicenceInput> LICENCE = List.of(new LicenceInput("MA", "123456"));
	private static final Instant PERMITTED = Instant.parse("2026-11-01T12:00:00Z");

	private static ReportingIdentity identity(String given, String family, MonthDay birthday, String npi,
			List<LicenceInput> licences, String diplomateId, Instant permission) {
		return new ReportingIdentity(7, given, family, Profession.MD, birthday, npi, licences, diplomateId, permission);
	}

	private static ReportingIdentity complete() {
		return identity("Ada", "Lovelace", BIRTHDAY, null, LICENCE, "987654", PERMITTED);
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
		ReportingIdentity nothing = identity(null, null, null, null, List.of(), null, null);
		assertTrue(missing(List.of(ANCC, IPCE, PARTICIPATION), nothing).isEmpty());
		assertTrue(missing(List.of(), nothing).isEmpty());
	}

	@Test
	void everyMissingFieldIsNamedWithWhyItIsNeeded() {
		ReportingIdentity nothing = identity(" ", "", null, " ", List.of(), null, null);
		Map<String, String> missing = missing(List.of(AMA), nothing);
		assertEquals(List.of("givenName", "familyName", "birthday", "licence", "reportPermission"),
				List.copyOf(missing.keySet()));
		assertEquals("Enter your first name: ACCME needs it to report your AMA PRA Category 1 Credit™.",
				missing.get("givenName"));
		assertEquals("Enter your last name: ACCME needs it to report your AMA PRA Category 1 Credit™.",
				missing.get("familyName"));
		assertEquals("Enter the month and day of your birth (not the year): ACCME needs it to report your AMA PRA"
				+ " Category 1 Credit™.", missing.get("birthday"));
		assertEquals("Enter a licence (state and number) or your NPI: ACCME needs it to report your AMA PRA Category"
				+ " 1 Credit™.", missing.get("licence"));
		assertEquals("Give your permission to report this completion: ACCME receives your AMA PRA Category 1"
				+ " Credit™ only with it.", missing.get("reportPermission"));
	}

	@Test
	void anNpiStandsInForALicence() {
		ReportingIdentity npiOnly = identity("Ada", "Lovelace", BIRTHDAY, "1234567893", List.of(), null, PERMITTED);
		assertTrue(missing(List.of(AMA), npiOnly).isEmpty());
	}

	@Test
	void aHalfEnteredLicenceIsNoLicence() {
		ReportingIdentity half = identity("Ada", "Lovelace", BIRTHDAY, null,
				List.of(new LicenceInput("MA", " "), new LicenceInput(null, "123")), null, PERMITTED);
		assertEquals(Set.of("licence"), missing(List.of(AMA), half).keySet());
	}

	@Test
	void mocNeedsTheAbimDiplomateId() {
		ReportingIdentity noDiplomate = identity("Ada", "Lovelace", BIRTHDAY, null, LICENCE, " ", PERMITTED);
		assertEquals(
				Map.of("boardDiplomateId",
						"Enter your ABIM diplomate id: ACCME reports your ABIM MOC points to" + " the ABIM with it."),
				missing(List.of(AMA, MOC), noDiplomate));
		assertTrue(missing(List.of(AMA), noDiplomate).isEmpty(), "AMA credit alone needs no diplomate id");
	}

	@Test
	void theReasonNamesEveryReportedTypeClaimed() {
		ReportingIdentity noBirthday = identity("Ada", "Lovelace", null, null, LICENCE, "987654", PERMITTED);
		assertEquals(
				"Enter the month and day of your birth (not the year): ACCME needs it to report your AMA PRA"
						+ " Category 1 Credit™ and ABIM MOC points.",
				missing(List.of(AMA, IPCE, MOC), noBirthday).get("birthday"));
	}

	@Test
	void theReportedTypesAreAmaAndMoc() {
		assertTrue(ReportingRequirements.isReported("AMA_PRA_1"));
		assertTrue(ReportingRequirements.isReported("ABIM_MOC"));
		for (String code : new String[]{"ANCC", "AANP", "AAPA_1", "ACPE", "AAFP_PRESCRIBED", "IPCE", "PARTICIPATION"}) {
			assertFalse(ReportingRequirements.isReported(code), code);
		}
	}
}
