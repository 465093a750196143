package org.opencme.claim.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opencme.content.pkg.Profession;

/**
 * Everything a claim is decided against, gathered by the boundary.
 *
 * @param profession
 *            the learner's profession (identity)
 * @param designations
 *            the version's designations: type code → maximum, see
 *            {@link Designation#byType}
 * @param types
 *            the installation's active credit types
 * @param enrollment
 *            completion, recorded time, evaluation minutes, expiry
 * @param claimedTypes
 *            codes of the types already claimed for this enrolment, from the
 *            ledger ({@link CreditLedger#claimedTypes}); a reversed award stays
 *            claimed: corrections are an administrator's
 * @param today
 *            the provider's date ({@code ProviderCalendar.today(clock)})
 */
public record ClaimContext(Profession profession, Map<String, BigDecimal> designations, CreditTypes types,
		EnrollmentFacts enrollment, Set<String> claimedTypes, LocalDate today) {

	public ClaimContext {
		designations = Collections
				.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(designations, "designations")));
		Objects.requireNonNull(types, "types");
		Objects.requireNonNull(enrollment, "enrollment");
		claimedTypes = claimedTypes == null ? Set.of() : Set.copyOf(claimedTypes);
		Objects.requireNonNull(today, "today");
	}
}
