package org.opencme.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.authoring.entity.ActivityStatus;
import org.opencme.content.pkg.ActivityFormat;
import org.opencme.credit.boundary.CreditTypeService;
import org.opencme.credit.boundary.CreditTypeSummary;

/** Codes that reach a page as strings are shown as words. */
class LabelsTest {

	private final Labels labels = new Labels();

	@Test
	void everyStatusReadsAsAWord() {
		for (ActivityStatus s : ActivityStatus.values()) {
			assertFalse(labels.status(s).isBlank(), s.name());
			assertNotEquals(s.name(), labels.status(s));
		}
		assertEquals("In review", labels.status(ActivityStatus.IN_REVIEW));
	}

	@Test
	void aFormatCodeReadsAsItsLabel() {
		for (ActivityFormat f : ActivityFormat.values()) {
			assertEquals(f.label(), labels.format(f.name()));
		}
		assertEquals("SOMETHING_NEW", labels.format("SOMETHING_NEW"), "an unknown code is shown as it is");
		assertEquals("", labels.format(null));
	}

	@Test
	void aCreditTypeCodeReadsAsItsNameAskedOncePerRequest() {
		int[] asked = {0};
		labels.creditTypes = new CreditTypeService() {
			@Override
			public List<CreditTypeSummary> active() {
				asked[0]++;
				return List.of(new CreditTypeSummary("AMA_PRA_1", "AMA PRA Category 1 Credit™", "credits",
						new BigDecimal("0.25"), Set.of(), false, null));
			}
		};
		assertEquals("AMA PRA Category 1 Credit™", labels.creditType("AMA_PRA_1"));
		assertEquals("RETIRED_TYPE", labels.creditType("RETIRED_TYPE"));
		assertEquals(1, asked[0]);
	}
}
