package org.opencme.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.opencme.platform.boundary.ProviderCalendar;

/**
 * Shows instants in a person's own time zone, with the zone's name, e.g.
 * "2026-11-24 11:06 EST".
 */
@Named
@ApplicationScoped
public class Dates {

	private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH);

	public String format(Instant instant, String zone) {
		if (instant == null) {
			return "";
		}
		ZoneId zoneId = zone == null || zone.isBlank() ? ProviderCalendar.ZONE : ZoneId.of(zone);
		return FORMAT.format(instant.atZone(zoneId));
	}

	/** A month and day as people say it, e.g. "March 14". */
	public String monthDay(MonthDay day) {
		return day == null ? "" : MONTH_DAY.format(day);
	}
}
