package org.opencme.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.claim.CreditFixtures.TYPES;
import static org.opencme.claim.CreditFixtures.d;
import static org.opencme.claim.CreditFixtures.designations;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.claim.control.CreditTypes;
import org.opencme.claim.control.Designation;
import org.opencme.claim.control.Eligibility;
import org.opencme.claim.control.Eligibility.Outcome;
import org.opencme.content.pkg.CreditDesignationSpec;
import org.opencme.content.pkg.Profession;

class EligibilityTest {

	private static final Map<String, BigDecimal> INTERPROFESSIONAL = designations("AMA_PRA_1", "1.5", "ANCC", "1.5",
			"AANP", "1.25", "AAPA_1", "1.5", "ACPE", "1.5", "ABIM_MOC", "1");

	private static List<String> codes(Eligibility e) {
		return e.claimable().stream().map(Designation::code).toList();
	}

	@Test
	void eachProfessionClaimsTheDesignatedTypesItIsEligibleFor() {
		assertEquals(List.of("AMA_PRA_1", "ABIM_MOC"), codes(Eligibility.of(Profession.MD, INTERPROFESSIONAL, TYPES)));
		assertEquals(List.of("AMA_PRA_1", "ABIM_MOC"), codes(Eligibility.of(Profession.DO, INTERPROFESSIONAL, TYPES)));
		assertEquals(List.of("ANCC"), codes(Eligibility.of(Profession.RN, INTERPROFESSIONAL, TYPES)));
		assertEquals(List.of("ANCC", "AANP"), codes(Eligibility.of(Profession.NP, INTERPROFESSIONAL, TYPES)));
		assertEquals(List.of("AAPA_1"), codes(Eligibility.of(Profession.PA, INTERPROFESSIONAL, TYPES)));
		assertEquals(List.of("ACPE"), codes(Eligibility.of(Profession.PHARMACIST, INTERPROFESSIONAL, TYPES)));
		assertEquals(Outcome.CREDIT, Eligibility.of(Profession.NP, INTERPROFESSIONAL, TYPES).outcome());
	}

	@Test
	void theMaximumIsTheDesignation() {
		Eligibility np = Eligibility.of(Profession.NP, INTERPROFESSIONAL, TYPES);
		assertEquals(d("1.25"), np.find("AANP").orElseThrow().maximum());
		assertTrue(np.find("AMA_PRA_1").isEmpty());
	}

	@Test
	void ipceIsOpenToEveryProfession() {
		Map<String, BigDecimal> ipce = designations("AMA_PRA_1", "2", "IPCE", "2");
		for (Profession p : Profession.values()) {
			assertTrue(codes(Eligibility.of(p, ipce, TYPES)).contains("IPCE"), p.name());
		}
		assertEquals(List.of("IPCE"), codes(Eligibility.of(Profession.OTHER, ipce, TYPES)));
	}

	@Test
	void aLearnerEligibleForNoneGetsParticipationInHoursUpToTheLargestDesignation() {
		Eligibility nurse = Eligibility.of(Profession.RN, designations("AMA_PRA_1", "1.5", "ABIM_MOC", "2"), TYPES);
		assertEquals(Outcome.PARTICIPATION, nurse.outcome());
		assertEquals(List.of("PARTICIPATION"), codes(nurse));
		assertEquals(d("2"), nurse.claimable().get(0).maximum());
		assertEquals(Outcome.PARTICIPATION,
				Eligibility.of(Profession.PHARMACY_TECHNICIAN, designations("AMA_PRA_1", "1"), TYPES).outcome());
		assertEquals(Outcome.PARTICIPATION, Eligibility.of(null, designations("AMA_PRA_1", "1"), TYPES).outcome(),
				"no profession stated");
	}

	@Test
	void participationIsNeverOfferedBesideCredit() {
		Eligibility md = Eligibility.of(Profession.MD, designations("AMA_PRA_1", "1", "PARTICIPATION", "1"), TYPES);
		assertEquals(List.of("AMA_PRA_1"), codes(md), "a package designating PARTICIPATION does not make it credit");
	}

	@Test
	void nothingToClaimWithoutDesignationsOrWithoutAParticipationType() {
		assertEquals(Outcome.NONE, Eligibility.of(Profession.MD, Map.of(), TYPES).outcome());
		CreditTypes noParticipation = CreditTypes.of(List.of(CreditFixtures.AMA));
		Eligibility nurse = Eligibility.of(Profession.RN, designations("AMA_PRA_1", "1"), noParticipation);
		assertEquals(Outcome.NONE, nurse.outcome());
		assertTrue(nurse.claimable().isEmpty());
	}

	@Test
	void aDesignatedTypeTheInstallationDoesNotHaveIsNotClaimable() {
		Eligibility md = Eligibility.of(Profession.MD, designations("AMA_PRA_1", "1", "AUA", "1"), TYPES);
		assertEquals(List.of("AMA_PRA_1"), codes(md));
	}

	@Test
	void whoIsEligibleNamesTheProfessionsAsPeopleReadThem() {
		assertEquals("Physician (MD) and Physician (DO)", CreditTypes.whoIsEligible(CreditFixtures.AMA));
		assertEquals("Nurse practitioner", CreditTypes.whoIsEligible(CreditFixtures.AANP));
		assertEquals("every profession", CreditTypes.whoIsEligible(CreditFixtures.IPCE));
		assertEquals("Registered nurse and DENTIST",
				CreditTypes.whoIsEligible(CreditFixtures.type("X", "X", "u", "1", Set.of("RN", "DENTIST"), true)),
				"an unknown name shows as stored");
	}

	@Test
	void aTypeDesignatedTwiceKeepsTheSmallerAmount() {
		Map<String, BigDecimal> byType = Designation.byType(List.of(
				new CreditDesignationSpec("AMA_PRA_1", d("2"), null), new CreditDesignationSpec("ANCC", d("1.5"), null),
				new CreditDesignationSpec("AMA_PRA_1", d("1.5"), null)));
		assertEquals(List.of("AMA_PRA_1", "ANCC"), List.copyOf(byType.keySet()));
		assertEquals(d("1.5"), byType.get("AMA_PRA_1"));
	}
}
