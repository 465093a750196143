package org.opencme.claim.control;

import java.time.LocalDate;
import java.util.List;

/**
 * What learning knows about the enrolment and authoring about its version,
 * passed in by the boundary (credit never reads learning's entities).
 *
 * @param completed
 *            whether the completion criteria are met (learning decides)
 * @param missing
 *            what is still to do when not completed, as learning lists it (the
 *            module titles of {@code EnrollmentSummary.missing})
 * @param recordedMinutes
 *            the minutes the learner attested (on demand) or attended (live);
 *            {@code null} when the version records no time (no attestation
 *            module), and then the designation alone limits the claim
 * @param evaluationMinutes
 *            the evaluation's estimated minutes, which the designer sets; 0
 *            when none. Left out of the recorded time for types where
 *            evaluation time does not count (AANP)
 * @param expiryDate
 *            the version's expiry date in the provider's calendar, the last day
 *            credit may be claimed; {@code null} when it has none (live
 *            activities)
 */
public record EnrollmentFacts(boolean completed, List<String> missing, Integer recordedMinutes, int evaluationMinutes,
		LocalDate expiryDate) {

	public EnrollmentFacts {
		missing = missing == null ? List.of() : List.copyOf(missing);
		if (recordedMinutes != null && recordedMinutes < 0 || evaluationMinutes < 0) {
			throw new IllegalArgumentException("minutes are never negative");
		}
	}

	/** A completed enrolment: nothing missing. */
	public static EnrollmentFacts complete(Integer recordedMinutes, int evaluationMinutes, LocalDate expiryDate) {
		return new EnrollmentFacts(true, List.of(), recordedMinutes, evaluationMinutes, expiryDate);
	}
}
