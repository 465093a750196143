package org.opencme.learning.control;

/**
 * Counting the seconds of a video actually watched from player heartbeats. A
 * heartbeat reports the position; the seconds since the previous position count
 * only when the player moved forward by no more than the time that really
 * passed (plus a little slack) and by no more than two heartbeat intervals (the
 * player beats every 10 s while playing, so a longer step is a jump even when
 * the page sat open long enough to excuse it): skipping ahead counts nothing,
 * and the position is kept so the learner resumes where they stopped.
 */
public final class WatchRules {

	static final int SLACK_SECONDS = 3;

	/** Two heartbeat intervals of the player: one lost beat is forgiven. */
	static final int MAX_STEP_SECONDS = 20;

	private WatchRules() {
	}

	/**
	 * Seconds to add for a heartbeat at {@code position}, the last one having been
	 * at {@code lastPosition}.
	 */
	public static int countedSeconds(int lastPosition, int position, long wallSecondsSinceLast) {
		int advance = position - lastPosition;
		if (advance <= 0 || advance > wallSecondsSinceLast + SLACK_SECONDS || advance > MAX_STEP_SECONDS) {
			return 0;
		}
		return advance;
	}

	/**
	 * Whether enough was watched: {@code requiredPercent} of the video's duration.
	 */
	public static boolean watchedEnough(int secondsWatched, int durationSeconds, Integer requiredPercent) {
		int percent = requiredPercent == null ? 90 : requiredPercent;
		return durationSeconds > 0 && secondsWatched * 100L >= (long) durationSeconds * percent;
	}
}
