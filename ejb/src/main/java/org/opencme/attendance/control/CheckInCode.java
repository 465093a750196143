package org.opencme.attendance.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The check-in code of a session and its window. The code changes every
 * {@link #PERIOD}: it is HMAC-SHA256 of the session's secret and the number of
 * the period, written as {@value #LENGTH} characters of an alphabet without
 * look-alikes (no 0/O, 1/I), so knowing earlier codes tells nothing of the
 * next. The code shown now and the one before it are accepted (someone typing
 * as it changes). Check-in is open from {@link #OPENS_BEFORE} before the start
 * to the end. "Now" is a parameter.
 */
public final class CheckInCode {

	public static final Duration PERIOD = Duration.ofMinutes(2);
	public static final Duration OPENS_BEFORE = Duration.ofMinutes(15);
	static final int LENGTH = 6;
	static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH);

	/** What a typed code is, compared with the codes of the session. */
	public enum Match {
		CURRENT, STALE, WRONG
	}

	private CheckInCode() {
	}

	/** A new session secret: 256 random bits, hex. */
	public static String newSecret() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return HexFormat.of().formatHex(secret);
	}

	/** The number of the period {@code at} falls in. */
	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), PERIOD.toSeconds());
	}

	/** When the code of {@code at}'s period gives way to the next. */
	public static Instant nextChange(Instant at) {
		return Instant.ofEpochSecond((step(at) + 1) * PERIOD.toSeconds());
	}

	/** The code of period {@code step}. */
	public static String code(String secretHex, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(HexFormat.of().parseHex(secretHex), "HmacSHA256"));
			byte[] digest = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
			long bits = ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
			StringBuilder code = new StringBuilder(LENGTH);
			for (int i = 0; i < LENGTH; i++) {
				code.append(ALPHABET.charAt((int) (bits >>> (5 * i)) & 31));
			}
			return code.toString();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}

	/** The code as people type it: case, spaces and dashes do not matter. */
	public static String normalise(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * Compares a typed code with the current and previous period's (a match), then
	 * with the codes of the last half hour (stale), in constant time each.
	 */
	public static Match match(String secretHex, String typed, Instant now) {
		byte[] given = normalise(typed).getBytes(StandardCharsets.US_ASCII);
		long step = step(now);
		if (same(secretHex, step, given) || same(secretHex, step - 1, given)) {
			return Match.CURRENT;
		}
		for (long back = 2; back <= 15; back++) {
			if (same(secretHex, step - back, given)) {
				return Match.STALE;
			}
		}
		return Match.WRONG;
	}

	private static boolean same(String secretHex, long step, byte[] given) {
		return MessageDigest.isEqual(code(secretHex, step).getBytes(StandardCharsets.US_ASCII), given);
	}

	/** When check-in opens for a session starting at {@code start}. */
	public static Instant opensAt(Instant start) {
		return start.minus(OPENS_BEFORE);
	}

	/** Whether check-in is open now. */
	public static boolean open(Instant start, Instant end, Instant now) {
		return !now.isBefore(opensAt(start)) && now.isBefore(end);
	}

	/**
	 * Why check-in is closed now, in the learner's zone, or empty when it is open.
	 */
	public static Optional<String> closedBecause(Instant start, Instant end, Instant now, ZoneId zone) {
		if (now.isBefore(opensAt(start))) {
			return Optional.of("Check-in opens at " + TIME.format(opensAt(start).atZone(zone)) + ", "
					+ OPENS_BEFORE.toMinutes() + " minutes before the session starts.");
		}
		if (!now.isBefore(end)) {
			return Optional.of("Check-in closed when the session ended at " + TIME.format(end.atZone(zone))
					+ "; ask your proctor to mark your attendance.");
		}
		return Optional.empty();
	}
}
