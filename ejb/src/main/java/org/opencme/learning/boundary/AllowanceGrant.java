package org.opencme.learning.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.opencme.learning.control.PeriodInOrder;

/**
 * What an administrator grants: a period and an amount in minor units (cents).
 * The period needs both dates and an end not before the start
 * ({@link PeriodInOrder}, reported on {@code period}).
 */
@PeriodInOrder
public record AllowanceGrant(LocalDate start, LocalDate end,
		@Min(value = 1, message = AllowanceGrant.AMOUNT) @Max(value = AllowanceService.MAX_GRANT_MINOR, message = AllowanceGrant.AMOUNT) long amountMinor) {

	static final String AMOUNT = "Give an amount from 1 to " + AllowanceService.MAX_GRANT_MINOR + " cents.";
}
