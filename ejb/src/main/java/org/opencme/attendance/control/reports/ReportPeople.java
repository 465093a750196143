package org.opencme.attendance.control.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencme.attendance.control.Segments;

/**
 * The people of a parsed report: rows of the same e-mail are one person (and a
 * name-only row joins the person of that name who has an e-mail), the others
 * one per name. Each person's minutes are those of their merged segments inside
 * the session, or, for "unique users" totals, the total capped at the session's
 * length.
 */
public final class ReportPeople {

	/** One person: first line, name, e-mail (null without one), minutes, host. */
	public record Person(long line, String name, String email, int minutes, boolean host) {
	}

	private ReportPeople() {
	}

	public static List<Person> of(List<ReportRow> rows, Instant start, Instant end) {
		Map<String, String> emailOfName = new LinkedHashMap<>();
		for (ReportRow r : rows) {
			if (!r.anonymous()) {
				emailOfName.putIfAbsent(normalisedName(r.name()), r.email());
			}
		}
		Map<String, List<ReportRow>> groups = new LinkedHashMap<>();
		for (ReportRow r : rows) {
			String key = r.anonymous()
					? emailOfName.getOrDefault(normalisedName(r.name()), "name:" + normalisedName(r.name()))
					: r.email();
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
		}
		long sessionMinutes = Duration.between(start, end).toMinutes();
		List<Person> people = new ArrayList<>();
		for (List<ReportRow> group : groups.values()) {
			ReportRow first = group.get(0);
			String email = group.stream().map(ReportRow::email).filter(e -> e != null).findFirst().orElse(null);
			List<Segments.Segment> segments = group.stream().flatMap(r -> r.segments().stream()).toList();
			long minutes = segments.isEmpty()
					? Math.min(sessionMinutes,
							group.stream().mapToLong(r -> r.totalMinutes() == null ? 0 : r.totalMinutes()).max()
									.orElse(0))
					: Segments.minutes(segments, start, end);
			people.add(new Person(first.line(), first.name(), email, (int) minutes,
					group.stream().anyMatch(ReportRow::host)));
		}
		return people;
	}

	/**
	 * A display name as people are matched by it: "(Original Name)" and "(iPhone)"
	 * parts, numeric prefixes such as {@code 015_}, case and extra spaces do not
	 * count; "Lee, Pat" is "pat lee".
	 */
	public static String normalisedName(String name) {
		String n = name == null ? "" : name;
		n = n.replaceAll("\\([^)]*\\)", " ").replaceFirst("^\\s*\\d+_", "");
		if (n.contains(",")) {
			String[] parts = n.split(",", 2);
			n = parts[1] + " " + parts[0];
		}
		return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}
}
