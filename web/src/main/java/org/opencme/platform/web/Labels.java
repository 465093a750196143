package org.opencme.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencme.authoring.entity.ActivityStatus;
import org.opencme.content.pkg.ActivityFormat;
import org.opencme.credit.boundary.CreditTypeService;
import org.opencme.credit.boundary.CreditTypeSummary;

/**
 * {@code #{labels...}}: words for the codes that reach a page as strings (a
 * catalog hit's format and the facet values, an activity's format and credit
 * types) or whose enum has no label of its own ({@link ActivityStatus}). People
 * read words, never codes; an enum with a {@code label()} is shown by it
 * directly. A code this bean does not know is shown as it is.
 */
@Named
@RequestScoped
public class Labels {

	@Inject
	CreditTypeService creditTypes;

	private Map<String, String> creditTypeNames;

	/** "ON_DEMAND" as "On-demand (enduring material)". */
	public String format(String code) {
		if (code == null) {
			return "";
		}
		try {
			return ActivityFormat.valueOf(code).label();
		} catch (IllegalArgumentException e) {
			return code;
		}
	}

	/** "AMA_PRA_1" as the credit type's name. */
	public String creditType(String code) {
		if (code == null) {
			return "";
		}
		if (creditTypeNames == null) {
			creditTypeNames = creditTypes.active().stream()
					.collect(Collectors.toMap(CreditTypeSummary::code, CreditTypeSummary::name, (a, b) -> a));
		}
		return creditTypeNames.getOrDefault(code, code);
	}

	/** Where an activity is in the review workflow. */
	public String status(ActivityStatus status) {
		if (status == null) {
			return "";
		}
		return switch (status) {
			case DRAFT -> "Draft";
			case IN_REVIEW -> "In review";
			case PUBLISHED -> "Published";
			case RETIRED -> "Retired";
		};
	}
}
