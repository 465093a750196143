package org.opencme.attendance.control.reports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded report, whatever the platform wrote: a UTF-8, UTF-16
 * LE or UTF-16 BE byte-order mark decides, and UTF-16 without one is recognised
 * by its zero bytes; otherwise UTF-8. The mark is dropped.
 */
public final class ReportText {

	private ReportText() {
	}

	public static String decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
			return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		}
		if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
		}
		if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
		}
		if (bytes.length >= 4 && bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0) {
			return new String(bytes, StandardCharsets.UTF_16LE);
		}
		if (bytes.length >= 4 && bytes[0] == 0 && bytes[2] == 0 && bytes[1] != 0) {
			return new String(bytes, StandardCharsets.UTF_16BE);
		}
		return new String(bytes, Charset.forName("UTF-8"));
	}
}
