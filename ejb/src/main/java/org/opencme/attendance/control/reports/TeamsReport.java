package org.opencme.attendance.control.reports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.opencme.attendance.control.Segments.Segment;

/**
 * Microsoft Teams attendance reports (tab-separated, usually UTF-16 with a
 * byte-order mark: decode with {@link ReportText} first):
 * <ul>
 * <li>the 2020 event log: {@code Full Name}, {@code User Action}
 * ({@code Joined}, {@code Joined before}, {@code Left}), {@code Timestamp}; a
 * join without a later leave means "still there when downloaded" and lasts to
 * the session's end; the log has no e-mail addresses;</li>
 * <li>the numbered sections of 2022 on ({@code 1. Summary},
 * {@code 2. Participants}, {@code 3. In-Meeting activities}, with headers in
 * either case): one row per join from the activities section (the participants
 * section when there is none), with e-mail and role.</li>
 * </ul>
 * Timestamps carry no zone (the session's applies) and follow the exporter's
 * locale: day-first when any date says so (a first number above 12) or when
 * 24-hour times come without AM/PM, month-first otherwise. Organisers are
 * hosts. Parsed with Apache Commons CSV.
 */
public final class TeamsReport {

	private static final Pattern DATE = Pattern.compile("^\\s*(\\d{1,2})[/.](\\d{1,2})[/.](\\d{2,4})");

	private TeamsReport() {
	}

	public static boolean recognises(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return (lower.contains("full name") && lower.contains("user action")) || lower.contains("in-meeting activities")
				|| lower.contains("in-meeting duration");
	}

	/**
	 * The rows; {@code sessionEnd} ends a join that was never followed by a leave.
	 */
	public static List<ReportRow> parse(String text, ZoneId zone, Instant sessionEnd) {
		List<CSVRecord> records = Cells.read(text, CSVFormat.TDF, true, "the file is not a tab-separated Teams report");
		boolean dayFirst = dayFirst(text);
		for (int i = 0; i < records.size(); i++) {
			Map<String, Integer> columns = Cells.columns(records.get(i));
			if (columns.containsKey("full name") && columns.containsKey("user action")) {
				return eventLog(records, i, columns, zone, dayFirst, sessionEnd);
			}
		}
		int activities = section(records, "in-meeting activities");
		int participants = section(records, "participants");
		int at = activities >= 0 ? activities : participants;
		if (at < 0 || at + 1 >= records.size()) {
			throw new ReportRejectedException(1, "neither the event log (Full Name, User Action, Timestamp) nor the"
					+ " \"In-Meeting activities\" or \"Participants\" section of a Teams attendance report.");
		}
		return sectionRows(records, at + 1, zone, dayFirst, activities >= 0);
	}

	private static List<ReportRow> eventLog(List<CSVRecord> records, int headerAt, Map<String, Integer> columns,
			ZoneId zone, boolean dayFirst, Instant sessionEnd) {
		int name = columns.get("full name");
		int action = columns.get("user action");
		Integer stamp = columns.get("timestamp");
		if (stamp == null) {
			throw new ReportRejectedException(records.get(headerAt).getRecordNumber(), "no \"Timestamp\" column.");
		}
		Map<String, Instant> open = new LinkedHashMap<>();
		Map<String, Long> firstLine = new HashMap<>();
		List<ReportRow> rows = new ArrayList<>();
		for (int i = headerAt + 1; i < records.size(); i++) {
			CSVRecord r = records.get(i);
			String who = Cells.cell(r, name);
			if (who.isEmpty()) {
				continue;
			}
			String what = Cells.cell(r, action).toLowerCase(Locale.ROOT);
			Instant at = time(Cells.cell(r, stamp), zone, dayFirst, r.getRecordNumber(), "Timestamp");
			firstLine.putIfAbsent(who, r.getRecordNumber());
			if (what.startsWith("joined")) {
				open.putIfAbsent(who, at);
			} else if (what.startsWith("left")) {
				Instant from = open.remove(who);
				if (from != null && !at.isBefore(from)) {
					rows.add(new ReportRow(firstLine.get(who), who, null, List.of(new Segment(from, at)), null, false));
				}
			} else {
				throw new ReportRejectedException(r.getRecordNumber(),
						"the User Action \"" + Cells.cell(r, action) + "\" is neither Joined nor Left.");
			}
		}
		open.forEach((who, from) -> rows.add(new ReportRow(firstLine.get(who), who, null,
				List.of(new Segment(from, sessionEnd.isAfter(from) ? sessionEnd : from)), null, false)));
		return rows;
	}

	private static List<ReportRow> sectionRows(List<CSVRecord> records, int headerAt, ZoneId zone, boolean dayFirst,
			boolean activities) {
		Map<String, Integer> columns = Cells.columns(records.get(headerAt));
		Integer name = Cells.first(columns, "name", "full name");
		Integer join = activities ? Cells.first(columns, "join time") : Cells.first(columns, "first join");
		Integer leave = activities ? Cells.first(columns, "leave time") : Cells.first(columns, "last leave");
		Integer email = Cells.first(columns, "email", "participant id (upn)");
		Integer role = Cells.first(columns, "role");
		long headerLine = records.get(headerAt).getRecordNumber();
		if (name == null || join == null || leave == null) {
			throw new ReportRejectedException(headerLine,
					"the section has no Name, Join time and Leave time columns (found " + columns.keySet() + ").");
		}
		List<ReportRow> rows = new ArrayList<>();
		for (int i = headerAt + 1; i < records.size(); i++) {
			CSVRecord r = records.get(i);
			String who = Cells.cell(r, name);
			if (who.isEmpty() || section(r)) {
				break;
			}
			Instant from = time(Cells.cell(r, join), zone, dayFirst, r.getRecordNumber(), "join time");
			Instant to = time(Cells.cell(r, leave), zone, dayFirst, r.getRecordNumber(), "leave time");
			if (to.isBefore(from)) {
				throw new ReportRejectedException(r.getRecordNumber(), "the leave time is before the join time.");
			}
			String what = Cells.cell(r, role).toLowerCase(Locale.ROOT);
			boolean host = what.startsWith("organi") || what.startsWith("co-organi");
			rows.add(new ReportRow(r.getRecordNumber(), who, Cells.cell(r, email), List.of(new Segment(from, to)), null,
					host));
		}
		return rows;
	}

	private static int section(List<CSVRecord> records, String title) {
		for (int i = 0; i < records.size(); i++) {
			String first = records.get(i).size() == 0 ? "" : records.get(i).get(0).toLowerCase(Locale.ROOT).strip();
			if (first.replaceFirst("^\\d+\\.\\s*", "").equals(title) && Cells.filled(records.get(i)) == 1) {
				return i;
			}
		}
		return -1;
	}

	private static boolean section(CSVRecord r) {
		return r.size() > 0 && r.get(0).matches("^\\d+\\.\\s+\\S.*") && Cells.filled(r) == 1;
	}

	private static boolean dayFirst(String text) {
		boolean ampm = text.contains(" AM") || text.contains(" PM");
		for (String line : text.split("\\R")) {
			for (String cell : line.split("\t")) {
				Matcher m = DATE.matcher(cell);
				if (m.find() && Integer.parseInt(m.group(1)) > 12) {
					return true;
				}
				if (m.find(0) && Integer.parseInt(m.group(2)) > 12) {
					return false;
				}
			}
		}
		return !ampm;
	}

	private static Instant time(String value, ZoneId zone, boolean dayFirst, long line, String what) {
		String v = value.replace("\u202f", " ").replace(",", "").replaceAll("\\s+", " ").strip();
		String date = dayFirst ? "d/M/" : "M/d/";
		String[] years = {"uuuu", "uu"};
		String[] clocks = {" h:mm:ss a", " H:mm:ss", " h:mm a", " H:mm"};
		for (String y : years) {
			for (String c : clocks) {
				for (String sep : new String[]{"/", "."}) {
					try {
						DateTimeFormatter f = DateTimeFormatter.ofPattern(date.replace("/", sep) + y + c,
								Locale.ENGLISH);
						return LocalDateTime.parse(v, f).atZone(zone).toInstant();
					} catch (DateTimeParseException e) {
						// the next layout
					}
				}
			}
		}
		throw new ReportRejectedException(line, "the " + what + " \"" + value + "\" is not a date and time Teams writes"
				+ " (such as 3/16/2027, 1:58:03 PM or 16/03/27, 13:58:03).");
	}

}
