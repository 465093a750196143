package org.opencme.learning.control;

/**
 * Counting the time a video was really watched from player heartbeats, on the
 * server's terms. The player reports each stretch it played without a jump
 * ({@code fromMs} → {@code toMs} of media time); the server counts at most the
 * wall-clock time since the last heartbeat it received, with no slack, so no
 * pattern of heartbeats, however fast or forged, earns more watched time than
 * time has passed. Positions are clamped to the stored video's real length, and
 * completion compares with that length, never with one a browser reports. A
 * bare {@code position} (the older API) counts as a stretch from the stored
 * position, and a step over two heartbeat intervals is a jump that counts
 * nothing.
 */
public final class WatchRules {

	/** Two heartbeat intervals of the player: one lost beat is forgiven. */
	static final long MAX_STEP_MILLIS = 20_000;

	/** The share of a video to watch when the designer sets none. */
	public static final int DEFAULT_PERCENT = 90;

	private WatchRules() {
	}

	/**
	 * Milliseconds to add for a reported stretch {@code fromMs} → {@code toMs},
	 * {@code wallMillisSinceLast} after the previous heartbeat was received.
	 */
	public static long countedMillis(long fromMs, long toMs, long wallMillisSinceLast, long durationMs) {
		long from = clamp(fromMs, durationMs);
		long to = clamp(toMs, durationMs);
		if (to <= from || wallMillisSinceLast <= 0) {
			return 0;
		}
		return Math.min(to - from, wallMillisSinceLast);
	}

	/**
	 * The older heartbeat, a position only: the step from the stored position
	 * counts when it is no jump (at most {@link #MAX_STEP_MILLIS}), and never more
	 * than the wall-clock time since the last heartbeat.
	 */
	public static long countedMillisForPosition(int lastPosition, int position, long wallMillisSinceLast,
			long durationMs) {
		long step = (position - (long) lastPosition) * 1000;
		if (step > MAX_STEP_MILLIS) {
			return 0;
		}
		return countedMillis(lastPosition * 1000L, position * 1000L, wallMillisSinceLast, durationMs);
	}

	/** A media time within the video: 0 .. its length. */
	public static long clamp(long mediaMillis, long durationMs) {
		return Math.max(0, Math.min(mediaMillis, durationMs));
	}

	/**
	 * Whether enough was watched: {@code requiredPercent} (default
	 * {@value #DEFAULT_PERCENT}) of the video's stored length.
	 */
	public static boolean watchedEnough(long watchedMillis, long durationMs, Integer requiredPercent) {
		int percent = requiredPercent == null ? DEFAULT_PERCENT : requiredPercent;
		return durationMs > 0 && watchedMillis * 100 >= durationMs * percent;
	}
}
