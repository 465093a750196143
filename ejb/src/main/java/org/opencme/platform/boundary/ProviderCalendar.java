package org.opencme.platform.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The accredited provider's calendar: the one time zone whose dates decide when
 * an activity is released and expires (in the catalog and at enrolment alike),
 * which allowance period a purchase falls in, how old a disclosure is, and the
 * time zone new accounts start with. Set with the system property
 * {@code opencme.provider.zone} (an IANA zone id); America/New_York when unset.
 */
public final class ProviderCalendar {

	public static final String PROPERTY = "opencme.provider.zone";
	public static final ZoneId ZONE = zone(System.getProperty(PROPERTY));

	private ProviderCalendar() {
	}

	static ZoneId zone(String configured) {
		return configured == null || configured.isBlank()
				? ZoneId.of("America/New_York")
				: ZoneId.of(configured.strip());
	}

	/** The provider's date at {@code instant}. */
	public static LocalDate dateOf(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}

	/** The system clock in the provider's zone. */
	public static Clock clock() {
		return Clock.system(ZONE);
	}
}
