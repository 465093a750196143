package org.opencme.media.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides what a file is by its content, never by its name, and how large each
 * kind may be. Anything not recognised is refused.
 */
public final class MediaTypes {

	public static final long MAX_VIDEO = 500L * 1024 * 1024;
	public static final long MAX_DOCUMENT = 50L * 1024 * 1024;
	public static final long MAX_IMAGE = 10L * 1024 * 1024;
	public static final long MAX_TEXT = 2L * 1024 * 1024;

	private MediaTypes() {
	}

	/**
	 * The content type of these bytes, or empty when it is not a kind OpenCME
	 * stores.
	 */
	public static Optional<String> detect(byte[] head, String fileName) {
		if (startsWith(head, "%PDF-")) {
			return Optional.of("application/pdf");
		}
		if (head.length > 8 && head[0] == (byte) 0x89 && startsWith(slice(head, 1), "PNG")) {
			return Optional.of("image/png");
		}
		if (head.length > 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(head, "GIF87a") || startsWith(head, "GIF89a")) {
			return Optional.of("image/gif");
		}
		if (startsWith(head, "RIFF") && head.length > 12 && startsWith(slice(head, 8), "WEBP")) {
			return Optional.of("image/webp");
		}
		if (head.length > 12 && startsWith(slice(head, 4), "ftyp")) {
			return Optional.of("video/mp4");
		}
		if (head.length > 4 && (head[0] & 0xff) == 0x1A && (head[1] & 0xff) == 0x45 && (head[2] & 0xff) == 0xDF
				&& (head[3] & 0xff) == 0xA3) {
			return Optional.of("video/webm");
		}
		if (isUtf8Text(head)) {
			String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
			return Optional.of(name.endsWith(".md") ? "text/markdown" : "text/plain");
		}
		return Optional.empty();
	}

	public static long limitFor(String contentType) {
		if (contentType.startsWith("video/")) {
			return MAX_VIDEO;
		}
		if (contentType.startsWith("image/")) {
			return MAX_IMAGE;
		}
		if (contentType.startsWith("text/")) {
			return MAX_TEXT;
		}
		return MAX_DOCUMENT;
	}

	private static boolean isUtf8Text(byte[] head) {
		for (byte b : head) {
			if (b == 0) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(head, 0, trimToCharBoundary(head)));
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	/**
	 * The head may end inside a multi-byte character: don't count that as invalid.
	 */
	private static int trimToCharBoundary(byte[] head) {
		int end = head.length;
		int back = 0;
		while (end > 0 && back < 3 && (head[end - 1] & 0xC0) == 0x80) {
			end--;
			back++;
		}
		if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
			end--;
		}
		return end;
	}

	private static byte[] slice(byte[] bytes, int from) {
		return java.util.Arrays.copyOfRange(bytes, from, bytes.length);
	}

	private static boolean startsWith(byte[] bytes, String ascii) {
		byte[] prefix = ascii.getBytes(StandardCharsets.US_ASCII);
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
