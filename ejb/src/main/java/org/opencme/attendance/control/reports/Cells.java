package org.opencme.attendance.control.reports;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What the report parsers share: reading the records with Commons CSV (trimmed;
 * a file that is not CSV refused at line 1), finding columns by name whatever
 * their case, and reading a cell that may be missing.
 */
final class Cells {

	private Cells() {
	}

	/**
	 * All records of {@code text}; blank lines are kept as records when
	 * {@code keepBlank}.
	 */
	static List<CSVRecord> read(String text, CSVFormat format, boolean keepBlank, String notThis) {
		try (CSVParser parser = format.builder().setIgnoreEmptyLines(!keepBlank).setTrim(true).get()
				.parse(new StringReader(text))) {
			return parser.getRecords();
		} catch (IOException | java.io.UncheckedIOException e) {
			throw new ReportRejectedException(1, notThis + ": " + e.getMessage());
		}
	}

	/**
	 * Column name (lower case, as {@code clean} leaves it) → its first position in
	 * the header.
	 */
	static Map<String, Integer> columns(CSVRecord header, UnaryOperator<String> clean) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(clean.apply(header.get(i)).strip().toLowerCase(Locale.ROOT), i);
		}
		return columns;
	}

	static Map<String, Integer> columns(CSVRecord header) {
		return columns(header, UnaryOperator.identity());
	}

	/** The position of the first of {@code names} the header has, or null. */
	static Integer first(Map<String, Integer> columns, String... names) {
		for (String n : names) {
			if (columns.containsKey(n)) {
				return columns.get(n);
			}
		}
		return null;
	}

	/** The cell, stripped; empty when the column is missing or the row is short. */
	static String cell(CSVRecord r, Integer column) {
		return column == null || column >= r.size() ? "" : r.get(column).strip();
	}

	/** How many cells of the row have something in them. */
	static int filled(CSVRecord r) {
		int n = 0;
		for (String cell : r) {
			n += cell.isBlank() ? 0 : 1;
		}
		return n;
	}
}
