package org.opencme.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencme.claim.control.ClaimContext;
import org.opencme.claim.control.CreditTypes;
import org.opencme.claim.control.EnrollmentFacts;
import org.opencme.content.pkg.Profession;
import org.opencme.credit.boundary.CreditTypeSummary;

/**
 * The seeded credit types (V2__credit_types.sql) as summaries, and claim
 * contexts built from them.
 */
final class CreditFixtures {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	static final CreditTypeSummary AMA = type("AMA_PRA_1", "AMA PRA Category 1 Credit™", "credit(s)", "0.25",
			Set.of("MD", "DO"), true);
	static final CreditTypeSummary ANCC = type("ANCC", "ANCC contact hours", "contact hour(s)", "0.01",
			Set.of("RN", "NP"), true);
	static final CreditTypeSummary AANP = type("AANP", "AANP contact hours", "contact hour(s)", "0.01", Set.of("NP"),
			false);
	static final CreditTypeSummary AAPA = type("AAPA_1", "AAPA Category 1 CME credit", "credit(s)", "0.25",
			Set.of("PA"), true);
	static final CreditTypeSummary ACPE = type("ACPE", "ACPE contact hours", "contact hour(s)", "0.25",
			Set.of("PHARMACIST"), true);
	static final CreditTypeSummary MOC = type("ABIM_MOC", "ABIM MOC points", "point(s)", "0.25", Set.of("MD", "DO"),
			true);
	static final CreditTypeSummary IPCE = type("IPCE", "IPCE credit", "credit(s)", "0.25", Set.of(), true);
	static final CreditTypeSummary PARTICIPATION = type("PARTICIPATION", "Certificate of participation", "hour(s)",
			"0.25", Set.of(), true);

	static final CreditTypes TYPES = CreditTypes.of(List.of(AMA, ANCC, AANP, AAPA, ACPE, MOC, IPCE, PARTICIPATION));

	private CreditFixtures() {
	}

	static CreditTypeSummary type(String code, String name, String unit, String increment, Set<String> professions,
			boolean evaluationTimeCounts) {
		return new CreditTypeSummary(code, name, unit, new BigDecimal(increment), professions, evaluationTimeCounts,
				"designates [n]");
	}

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	/** Designations from pairs: "AMA_PRA_1", "1.5", "ANCC", "1.5", ... */
	static Map<String, BigDecimal> designations(String... pairs) {
		Map<String, BigDecimal> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], d(pairs[i + 1]));
		}
		return map;
	}

	/**
	 * A completed enrolment with 90 recorded minutes, a 10-minute evaluation,
	 * expiring in a year.
	 */
	static EnrollmentFacts completed() {
		return EnrollmentFacts.complete(90, 10, TODAY.plusYears(1));
	}

	static ClaimContext context(Profession profession, Map<String, BigDecimal> designations, EnrollmentFacts facts) {
		return new ClaimContext(profession, designations, TYPES, facts, Set.of(), TODAY);
	}

	/**
	 * A physician in an activity designated for 1.5 AMA credits, ABIM MOC and IPCE,
	 * complete after 90 minutes.
	 */
	static ClaimContext physician() {
		return context(Profession.MD, designations("AMA_PRA_1", "1.5", "ABIM_MOC", "1.5", "IPCE", "1.5"), completed());
	}
}
