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

	/**
	 * The provider's date now on {@code clock}, whatever the clock's own zone: the
	 * application's clock is UTC, and a UTC date would move release, expiry and
	 * allowance periods by up to a day.
	 */
	public static LocalDate today(Clock clock) {
		return dateOf(clock.instant());
	}

	/**
	 * {@code clock} seen in the provider's zone, for code that reads dates from a
	 * clock itself (the catalog index and its queries); it still follows
	 * {@code clock}, so a test that moves the application's clock moves this one.
	 */
	public static Clock inZone(Clock clock) {
		return clock.withZone(ZONE);
	}
}
