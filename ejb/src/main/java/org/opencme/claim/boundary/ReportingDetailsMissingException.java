package org.opencme.claim.boundary;

import java.util.Map;
import org.opencme.platform.boundary.DomainException;

/**
 * A claim of reported credit (AMA PRA Category 1, ABIM MOC) before the learner
 * gave what the receivers need: each missing field is named (422), nothing is
 * stored, and the claim page asks for them right there.
 */
public class ReportingDetailsMissingException extends DomainException {

	private static final long serialVersionUID = 1L;

	public ReportingDetailsMissingException(Map<String, String> missing) {
		super(Kind.MISSING_DETAILS,
				missing.size() == 1
						? missing.values().iterator().next()
						: "Before this credit can be reported, " + missing.size()
								+ " details are missing; each is named with its field.",
				missing);
	}
}
