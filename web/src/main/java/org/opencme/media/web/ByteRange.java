package org.opencme.media.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP {@code Range: bytes=...} header, resolved against
 * the file's length.
 */
record ByteRange(long start, long end) {

	private static final Pattern SINGLE = Pattern.compile("^bytes=(\\d*)-(\\d*)$");
	/** A byte position: up to 18 digits always fits a {@code long}. */
	private static final int MAX_DIGITS = 18;

	/** A single range whose numbers do not fit a byte position (400). */
	static final class MalformedRangeException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		MalformedRangeException(String message) {
			super(message);
		}
	}

	long length() {
		return end - start + 1;
	}

	/**
	 * The range asked for; empty when the header is absent or not a single range
	 * (then the whole file is sent); {@code null} when it cannot be satisfied
	 * (416).
	 *
	 * @throws MalformedRangeException
	 *             when a number is longer than any byte position
	 */
	static Optional<ByteRange> parse(String header, long size) {
		if (header == null) {
			return Optional.empty();
		}
		Matcher m = SINGLE.matcher(header.trim());
		if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
			return Optional.empty();
		}
		if (m.group(1).length() > MAX_DIGITS || m.group(2).length() > MAX_DIGITS) {
			throw new MalformedRangeException("The Range header's positions are too large.");
		}
		long start;
		long end;
		if (m.group(1).isEmpty()) {
			long suffix = Long.parseLong(m.group(2));
			start = Math.max(0, size - suffix);
			end = size - 1;
		} else {
			start = Long.parseLong(m.group(1));
			end = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
		}
		if (start >= size || start > end) {
			return null;
		}
		return Optional.of(new ByteRange(start, end));
	}
}
