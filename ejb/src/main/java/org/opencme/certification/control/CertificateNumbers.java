package org.opencme.certification.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Certificate numbers ({@code OCME-2026-000123}: the year of issue and a serial
 * that starts at 1 each year) and verification codes (160 random bits, written
 * as 32 base-32 characters, so a code cannot be guessed or counted through).
 */
public final class CertificateNumbers {

	public static final String PREFIX = "OCME";
	public static final int CODE_BITS = 160;
	private static final Pattern NUMBER = Pattern.compile("^" + PREFIX + "-\\d{4}-\\d{6,}$");
	private static final Pattern CODE = Pattern.compile("^[a-z2-7]{32}$");
	private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
	private static final SecureRandom RANDOM = new SecureRandom();

	private CertificateNumbers() {
	}

	public static String number(int year, long serial) {
		if (serial < 1) {
			throw new IllegalArgumentException("serials start at 1");
		}
		return String.format(Locale.ROOT, "%s-%04d-%06d", PREFIX, year, serial);
	}

	public static boolean isNumber(String s) {
		return s != null && NUMBER.matcher(s).matches();
	}

	/** A new verification code: 160 bits from a {@link SecureRandom}. */
	public static String newCode() {
		byte[] bytes = new byte[CODE_BITS / 8];
		RANDOM.nextBytes(bytes);
		return base32(bytes);
	}

	/** Whether {@code s} could be a code (before looking it up). */
	public static boolean isCode(String s) {
		return s != null && CODE.matcher(s).matches();
	}

	static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = buffer << 8 | b & 0xff;
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32[buffer >> bits - 5 & 31]);
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32[buffer << 5 - bits & 31]);
		}
		return out.toString();
	}
}
