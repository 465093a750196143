package org.opencme.claim.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.opencme.credit.boundary.CreditTypeSummary;
import org.opencme.identity.boundary.ReportingIdentity;

/**
 * What identity a claim needs before it is accepted, so that nothing is
 * discovered missing months later in a rejected upload. A reported credit needs
 * what its receiver needs: first and last name, month and day of birth, a
 * licence (state and number) or an NPI, the learner's permission to report, and
 * for ABIM MOC the ABIM diplomate id. Credit that is not reported (ANCC,
 * participation, ...) needs nothing.
 *
 * <p>
 * The field names are those the reporting-details form asks by
 * ({@code ReportingDetailsForm.asks}): {@code givenName}, {@code familyName},
 * {@code birthday}, {@code licence} (a licence or the NPI),
 * {@code boardDiplomateId}, {@code reportPermission}.
 */
public final class ReportingRequirements {

	/**
	 * Who receives a reported type, and the board whose diplomate id it needs
	 * ({@code null} for none).
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
	 * Every identity field still missing for claiming {@code claimed}, each with
	 * why it is needed, in the form's order; empty when none is.
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
		if (blank(identity.givenName())) {
			missing.add(new FieldProblem("givenName", "Enter your first name: " + why));
		}
		if (blank(identity.familyName())) {
			missing.add(new FieldProblem("familyName", "Enter your last name: " + why));
		}
		if (identity.birthday() == null) {
			missing.add(new FieldProblem("birthday", "Enter the month and day of your birth (not the year): " + why));
		}
		if (!hasLicenceOrNpi(identity)) {
			missing.add(new FieldProblem("licence", "Enter a licence (state and number) or your NPI: " + why));
		}
		reported.stream().filter(t -> REPORTED.get(t.code()).board() != null).findFirst()
				.filter(t -> blank(identity.boardDiplomateId()))
				.ifPresent(t -> missing.add(new FieldProblem("boardDiplomateId",
						"Enter your " + REPORTED.get(t.code()).board() + " diplomate id: " + receivers
								+ " reports your " + t.name() + " to the " + REPORTED.get(t.code()).board()
								+ " with it.")));
		if (!identity.permitsReporting()) {
			missing.add(new FieldProblem("reportPermission", "Give your permission to report this completion: "
					+ receivers + " receives your " + names + " only with it."));
		}
		return missing;
	}

	private static boolean hasLicenceOrNpi(ReportingIdentity identity) {
		return !blank(identity.npi())
				|| identity.licences().stream().anyMatch(l -> !blank(l.state()) && !blank(l.number()));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
