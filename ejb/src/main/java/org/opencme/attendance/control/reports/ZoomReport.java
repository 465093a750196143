package org.opencme.attendance.control.reports;

import java.time.DateTimeException;
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
 * Zoom's meeting participant reports, in the layouts Zoom has written since
 * 2020: an optional meeting block (1 to 3 lines with its own {@code Topic},
 * {@code Duration} and the host's {@code User Email} or {@code Host}, trailing
 * commas, then a blank or {@code ,,,,} line), then the participants table,
 * found by its {@code Name (Original Name)} column. Columns are found by name,
 * whatever their case or order: one row per connection ({@code Join Time},
 * {@code Leave Time}) or, in "unique users" reports, a
 * {@code Total Duration (Minutes)} only. Times carry no zone: they are read in
 * the session's. A host is the meeting block's e-mail, or a name marked
 * {@code (Host)}. Parsed with Apache Commons CSV.
 */
public final class ZoomReport {

	private static final List<DateTimeFormatter> TIMES = List.of(
			DateTimeFormatter.ofPattern("M/d/uuuu h:mm:ss a", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("M/d/uuuu h:mm a", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("M/d/uuuu H:mm:ss", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("M/d/uuuu H:mm", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm:ss", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("MMM d, uuuu h:mm:ss a", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("MMM d, uuuu h:mm a", Locale.ENGLISH));

	/**
	 * What the report holds: the host's e-mail if the meeting block names one, and
	 * the rows.
	 */
	public record Parsed(String hostEmail, List<ReportRow> rows) {
	}

	private ZoomReport() {
	}

	/** Whether the text looks like a Zoom participants report. */
	public static boolean recognises(String text) {
		return text.toLowerCase(Locale.ROOT).contains("name (original name)");
	}

	/**
	 * @throws ReportRejectedException
	 *             naming the line and the reason when it does not parse
	 */
	public static Parsed parse(String text, ZoneId zone) {
		List<CSVRecord> records = Cells.read(text, CSVFormat.DEFAULT, true, "the file is not CSV");
		int headerAt = -1;
		for (int i = 0; i < records.size(); i++) {
			if (records.get(i).size() > 0
					&& records.get(i).get(0).toLowerCase(Locale.ROOT).startsWith("name (original name)")) {
				headerAt = i;
				break;
			}
		}
		if (headerAt < 0) {
			throw new ReportRejectedException(1,
					"no participants table: Zoom's reports have a \"Name (Original Name)\" column.");
		}
		String hostEmail = headerAt >= 2 ? hostOf(records.get(0), records.get(1)) : null;
		Map<String, Integer> columns = Cells.columns(records.get(headerAt));
		Integer name = columns.get("name (original name)");
		Integer email = Cells.first(columns, "user email", "email");
		Integer join = Cells.first(columns, "join time");
		Integer leave = Cells.first(columns, "leave time");
		Integer total = Cells.first(columns, "total duration (minutes)");
		long headerLine = records.get(headerAt).getRecordNumber();
		if ((join == null) != (leave == null)) {
			throw new ReportRejectedException(headerLine, "a \"Join Time\" column needs a \"Leave Time\" column.");
		}
		if (join == null && total == null) {
			throw new ReportRejectedException(headerLine,
					"no \"Join Time\"/\"Leave Time\" nor \"Total Duration (Minutes)\" column.");
		}
		List<ReportRow> rows = new ArrayList<>();
		for (int i = headerAt + 1; i < records.size(); i++) {
			CSVRecord r = records.get(i);
			if (blank(r)) {
				continue;
			}
			long line = r.getRecordNumber();
			String who = Cells.cell(r, name);
			String mail = Cells.cell(r, email);
			boolean host = who.toLowerCase(Locale.ROOT).contains("(host)")
					|| (hostEmail != null && hostEmail.equalsIgnoreCase(mail));
			if (join != null) {
				Instant from = time(r, join, zone, "Join Time");
				Instant to = time(r, leave, zone, "Leave Time");
				if (to.isBefore(from)) {
					throw new ReportRejectedException(line, "the Leave Time is before the Join Time.");
				}
				rows.add(new ReportRow(line, who, mail, List.of(new Segment(from, to)), null, host));
			} else {
				rows.add(new ReportRow(line, who, mail, List.of(), minutes(r, total, line), host));
			}
		}
		return new Parsed(hostEmail, rows);
	}

	private static String hostOf(CSVRecord header, CSVRecord values) {
		Map<String, Integer> meta = Cells.columns(header);
		Integer at = Cells.first(meta, "user email", "host email", "host");
		String host = at == null ? null : Cells.cell(values, at);
		return host == null || !host.contains("@") ? null : host.toLowerCase(Locale.ROOT);
	}

	private static boolean blank(CSVRecord r) {
		return Cells.filled(r) == 0;
	}

	private static Instant time(CSVRecord r, int column, ZoneId zone, String what) {
		String value = Cells.cell(r, column);
		for (DateTimeFormatter f : TIMES) {
			try {
				return LocalDateTime.parse(value, f).atZone(zone).toInstant();
			} catch (DateTimeParseException e) {
				// the next layout
			} catch (DateTimeException e) {
				break;
			}
		}
		throw new ReportRejectedException(r.getRecordNumber(), "the " + what + " \"" + value
				+ "\" is not a date and time Zoom writes (such as 04/15/2020 03:44:01 PM).");
	}

	private static Integer minutes(CSVRecord r, int column, long line) {
		String value = Cells.cell(r, column);
		try {
			int minutes = Integer.parseInt(value);
			if (minutes < 0) {
				throw new NumberFormatException();
			}
			return minutes;
		} catch (NumberFormatException e) {
			throw new ReportRejectedException(line, "the duration \"" + value + "\" is not a number of minutes.");
		}
	}
}
