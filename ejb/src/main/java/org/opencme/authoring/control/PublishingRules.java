package org.opencme.authoring.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.CreditDesignationSpec;
import org.opencme.content.pkg.FacultySpec;
import org.opencme.content.pkg.PackageProblem;
import org.opencme.content.pkg.PackageValidator;

/**
 * Everything that must hold before an activity may go to review and be
 * published: the package rules (complete, consistent) plus the accreditors'
 * rules that need today's date or the installation's credit types: disclosures
 * at most 12 months old, designations of known credit types in the type's
 * increments.
 */
public final class PublishingRules {

	static final int DISCLOSURE_MONTHS = 12;

	private final PackageValidator validator = new PackageValidator();

	/**
	 * Every problem, each with the field it concerns; empty when the activity may
	 * be submitted.
	 */
	public List<PackageProblem> problems(ContentPackage pkg, LocalDate today, Map<String, BigDecimal> increments) {
		List<PackageProblem> problems = new ArrayList<>(validator.validate(pkg));
		List<FacultySpec> faculty = pkg.manifest().activity().faculty();
		for (int i = 0; i < faculty.size(); i++) {
			FacultySpec member = faculty.get(i);
			if (member.disclosure() != null && member.disclosure().disclosedOn() != null
					&& member.disclosure().disclosedOn().isBefore(today.minusMonths(DISCLOSURE_MONTHS))) {
				problems.add(new PackageProblem("activity.faculty[" + i + "].disclosure.disclosedOn",
						"the disclosure of " + member.name() + " is older than 12 months: ask for a new one"));
			}
		}
		List<CreditDesignationSpec> designations = pkg.manifest().activity().creditDesignations();
		for (int i = 0; i < designations.size(); i++) {
			designation(designations.get(i), "activity.creditDesignations[" + i + "]", increments, problems);
		}
		return problems;
	}

	private static void designation(CreditDesignationSpec d, String path, Map<String, BigDecimal> increments,
			List<PackageProblem> problems) {
		if (d.creditType() == null || d.amount() == null) {
			return;
		}
		BigDecimal increment = increments.get(d.creditType());
		if (increment == null) {
			problems.add(new PackageProblem(path + ".creditType",
					"\"" + d.creditType() + "\" is not a credit type of this installation"));
		} else if (d.amount().remainder(increment).signum() != 0) {
			problems.add(new PackageProblem(path + ".amount", d.amount().toPlainString()
					+ " is not a multiple of the claim increment " + increment.toPlainString()));
		}
	}
}
