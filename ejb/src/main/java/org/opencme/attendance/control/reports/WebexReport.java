package org.opencme.attendance.control.reports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.opencme.attendance.control.Segments.Segment;

/**
 * Cisco Webex attendee reports: tab-separated, UTF-16 LE with a mark (decode
 * with {@link ReportText}), one row per connection with the nine columns
 * {@code Meeting Name}, {@code Meeting Start Time}, {@code Meeting End Time},
 * {@code Name}, {@code Attendee Email}, {@code Join Time}, {@code Leave Time},
 * {@code Attendance Duration} ({@code 201 mins}) and {@code Connection Type},
 * found by name. Times may be Excel formulas ({@code ="2021-06-14 17:00:00"})
 * and carry no zone. Phone users ({@code Call-in User_3}) have no e-mail. The
 * export has no role column: the host is an ordinary row, which the importer
 * tells apart by the session's own staff. Parsed with Apache Commons CSV.
 */
public final class WebexReport {

	private static final List<DateTimeFormatter> TIMES = List.of(
			DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm:ss", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("M/d/uuuu h:mm:ss a", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("M/d/uuuu h:mm a", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("M/d/uuuu H:mm", Locale.ENGLISH));

	private WebexReport() {
	}

	public static boolean recognises(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return lower.contains("attendee email") || lower.contains("attendance duration");
	}

	public static List<ReportRow> parse(String text, ZoneId zone) {
		List<CSVRecord> records = Cells.read(text, CSVFormat.TDF, false,
				"the file is not a tab-separated Webex report");
		int headerAt = -1;
		Map<String, Integer> columns = Map.of();
		for (int i = 0; i < records.size() && headerAt < 0; i++) {
			Map<String, Integer> c = Cells.columns(records.get(i), WebexReport::unformula);
			if (c.containsKey("join time") && (c.containsKey("attendee email") || c.containsKey("email"))) {
				headerAt = i;
				columns = c;
			}
		}
		if (headerAt < 0) {
			throw new ReportRejectedException(1,
					"no header with \"Name\", \"Attendee Email\", \"Join Time\" and \"Leave Time\" (a Webex attendee report).");
		}
		Integer name = columns.get("name");
		Integer email = columns.containsKey("attendee email") ? columns.get("attendee email") : columns.get("email");
		Integer join = columns.get("join time");
		Integer leave = columns.get("leave time");
		if (name == null || leave == null) {
			throw new ReportRejectedException(records.get(headerAt).getRecordNumber(),
					"the header needs \"Name\" and \"Leave Time\" too.");
		}
		List<ReportRow> rows = new ArrayList<>();
		for (int i = headerAt + 1; i < records.size(); i++) {
			CSVRecord r = records.get(i);
			String who = cell(r, name);
			if (who.isEmpty()) {
				continue;
			}
			long line = r.getRecordNumber();
			Instant from = time(cell(r, join), zone, line, "Join Time");
			Instant to = time(cell(r, leave), zone, line, "Leave Time");
			if (to.isBefore(from)) {
				throw new ReportRejectedException(line, "the Leave Time is before the Join Time.");
			}
			rows.add(new ReportRow(line, who, cell(r, email), List.of(new Segment(from, to)), null, false));
		}
		return rows;
	}

	private static String unformula(String cell) {
		String c = cell.strip();
		if (c.startsWith("=\"") && c.endsWith("\"")) {
			return c.substring(2, c.length() - 1).strip();
		}
		return c;
	}

	private static String cell(CSVRecord r, Integer column) {
		return unformula(Cells.cell(r, column));
	}

	private static Instant time(String value, ZoneId zone, long line, String what) {
		for (DateTimeFormatter f : TIMES) {
			try {
				return LocalDateTime.parse(value, f).atZone(zone).toInstant();
			} catch (DateTimeParseException e) {
				// the next layout
			}
		}
		throw new ReportRejectedException(line, "the " + what + " \"" + value
				+ "\" is not a date and time Webex writes (such as 2027-03-16 14:05:00).");
	}
}
