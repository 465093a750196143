package org.opencme.claim.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencme.content.pkg.Profession;
import org.opencme.credit.boundary.CreditTypeSummary;

/**
 * The installation's credit types by code (from
 * {@code CreditTypeService.active()}), and who may receive each. A type's
 * {@code eligibleProfessions} holds {@link Profession} names; empty means every
 * profession.
 */
public final class CreditTypes {

	/**
	 * The type of the certificate of participation, for learners eligible for no
	 * designated type.
	 */
	public static final String PARTICIPATION = "PARTICIPATION";

	private final Map<String, CreditTypeSummary> byCode = new LinkedHashMap<>();

	private CreditTypes(Collection<CreditTypeSummary> types) {
		types.forEach(t -> byCode.putIfAbsent(t.code(), t));
	}

	public static CreditTypes of(Collection<CreditTypeSummary> types) {
		return new CreditTypes(types);
	}

	public Optional<CreditTypeSummary> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}

	/**
	 * The type's name, or the code itself for a type the installation does not have
	 * (any more).
	 */
	public String name(String code) {
		return find(code).map(CreditTypeSummary::name).orElse(code);
	}

	public static boolean isEligible(CreditTypeSummary type, Profession profession) {
		return type.eligibleProfessions() == null || type.eligibleProfessions().isEmpty()
				|| profession != null && type.eligibleProfessions().contains(profession.name());
	}

	/**
	 * Who may receive {@code type}, as people read it: "Physician (MD) and
	 * Physician (DO)"; a stored name that is no profession is shown as it is.
	 */
	public static String whoIsEligible(CreditTypeSummary type) {
		Set<String> names = type.eligibleProfessions();
		if (names == null || names.isEmpty()) {
			return "every profession";
		}
		List<String> labels = new ArrayList<>();
		for (Profession p : Profession.values()) {
			if (names.contains(p.name())) {
				labels.add(p.label());
			}
		}
		Set<String> known = Arrays.stream(Profession.values()).map(Profession::name).collect(Collectors.toSet());
		names.stream().filter(n -> !known.contains(n)).sorted().forEach(labels::add);
		return Sentences.and(labels);
	}
}
