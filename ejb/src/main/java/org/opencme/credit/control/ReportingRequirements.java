package org.opencme.credit.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.opencme.credit.boundary.CreditTypeSummary;

/**
 * What identity a claim needs before it is accepted, so that nothing is
 * discovered missing months later in a rejected upload. A reported credit needs
 * what its receiver needs: first and last name, month and day of birth, a
 * licence (state and number) or an NPI, the learner's permission to report, and
 * for MOC the board's diplomate id. Credit not reported (ANCC, participation,
 * ...) needs nothing.
 *
 * <p>
 * Field names (for the 422 answer and the claim page): {@code givenName},
 * {@code familyName}, {@code birthMonthDay}, {@code licences} (a licence or the
 * NPI), {@code diplomateIds[ABIM]}, {@code reportingPermission}.
 */
public final class ReportingRequirements {

	/**
	 * Who receives a reported type, and the board whose diplomate id it needs (or
	 * null).
	 */
	public record Receiver(String name, String board) {
	}

	/**
	 * The reported types: AMA PRA Category 1 goes to ACCME (PARS), which passes it
	 * to the state boards that take it; ABIM MOC points go to ACCME for the ABIM.
	 */
	public static final Map<String, Receiver> REPORTED = Map.of("AMA_PRA_1", new Receiver("ACCME", null), "ABIM_MOC",
			new Receiver("ACCME", "ABIM"));

	private ReportingRequirements() {
	}

	public static boolean isReported(String typeCode) {
		return REPORTED.containsKey(typeCode);
	}

	/**
	 * Every missing identity field for claiming {@code claimed}, each with why it
	 * is needed; empty when none.
	 */
	public static List<FieldProblem> missing(Collection<CreditTypeSummary> claimed, ReportingIdentity identity) {
		List<CreditTypeSummary> reported = claimed.stream().filter(t -> isReported(t.code())).toList();
		List<FieldProblem> missing = new ArrayList<>();
		if (reported.isEmpty()) {
			return missing;
		}
		String receivers = Sentences.and(
				new ArrayList<>(new TreeSet<>(reported.stream().map(t -> REPORTED.get(t.code()).name()).toList())));
		String names = Sentences.and(reported.stream().map(CreditTypeSummary::name).toList());
		String why = receivers + " needs it to report your " + names + ".";
		if (ReportingIdentity.blank(identity.givenName())) {
			missing.add(new FieldProblem("givenName", "Enter your first name: " + why));
		}
		if (ReportingIdentity.blank(identity.familyName())) {
			missing.add(new FieldProblem("familyName", "Enter your last name: " + why));
		}
		if (identity.birthMonthDay() == null) {
			missing.add(
					new FieldProblem("birthMonthDay", "Enter the month and day of your birth (not the year): " + why));
		}
		if (!identity.hasLicenceOrNpi()) {
			missing.add(new FieldProblem("licences", "Enter a licence (state and number) or your NPI: " + why));
		}
		reported.forEach(t -> diplomateId(t, identity).ifPresent(missing::add));
		if (!identity.reportingPermission()) {
			missing.add(new FieldProblem("reportingPermission", "Give your permission to report this completion: "
					+ receivers + " receives your " + names + " only with it."));
		}
		return missing.stream().distinct().toList();
	}

	private static Optional<FieldProblem> diplomateId(CreditTypeSummary type, ReportingIdentity identity) {
		String board = REPORTED.get(type.code()).board();
		if (board == null || !ReportingIdentity.blank(identity.diplomateIds().get(board))) {
			return Optional.empty();
		}
		return Optional.of(new FieldProblem("diplomateIds[" + board + "]", "Enter your " + board
				+ " diplomate id: ACCME reports your " + type.name() + " to the " + board + " with it."));
	}
}
