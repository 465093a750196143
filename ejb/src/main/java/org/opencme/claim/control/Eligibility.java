package org.opencme.claim.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencme.content.pkg.Profession;
import org.opencme.credit.boundary.CreditTypeSummary;

/**
 * Which of a version's designated credit types a profession may claim. A
 * learner eligible for none (a nurse in an activity designated only for AMA
 * credit) is not turned away: the {@link Outcome#PARTICIPATION} outcome offers
 * one type, {@code PARTICIPATION}, in hours, up to the largest amount the
 * version designates (the hours it is planned for). A designated type the
 * installation does not have (any more) is never claimable.
 *
 * @param outcome
 *            credit, participation only, or nothing to claim
 * @param claimable
 *            the types the learner may claim with their maxima, in the
 *            version's order; for {@code PARTICIPATION} the one participation
 *            line; empty for {@code NONE}
 */
public record Eligibility(Outcome outcome, List<Designation> claimable) {

	public enum Outcome {
		/** The learner may claim at least one designated type. */
		CREDIT,
		/** Eligible for none: a certificate of participation showing hours. */
		PARTICIPATION,
		/**
		 * Nothing to claim: the version designates no credit, or the learner is
		 * eligible for none and the installation has no active participation type.
		 */
		NONE
	}

	public Eligibility {
		claimable = List.copyOf(claimable);
	}

	public static Eligibility of(Profession profession, Map<String, BigDecimal> designations, CreditTypes types) {
		List<Designation> eligible = new ArrayList<>();
		designations.forEach((code, max) -> types.find(code).filter(t -> CreditTypes.isEligible(t, profession))
				.filter(t -> !CreditTypes.PARTICIPATION.equals(t.code()))
				.ifPresent(t -> eligible.add(new Designation(t, max))));
		if (!eligible.isEmpty()) {
			return new Eligibility(Outcome.CREDIT, eligible);
		}
		Optional<CreditTypeSummary> participation = types.find(CreditTypes.PARTICIPATION);
		if (designations.isEmpty() || participation.isEmpty()) {
			return new Eligibility(Outcome.NONE, List.of());
		}
		BigDecimal hours = designations.values().stream().max(BigDecimal::compareTo).orElseThrow();
		return new Eligibility(Outcome.PARTICIPATION, List.of(new Designation(participation.get(), hours)));
	}

	/** The claimable type with code {@code code}, if the learner may claim it. */
	public Optional<Designation> find(String code) {
		return claimable.stream().filter(d -> d.code().equals(code)).findFirst();
	}

	/** The names of the claimable types, "A, B and C". */
	public String names() {
		return Sentences.and(claimable.stream().map(d -> d.type().name()).toList());
	}
}
