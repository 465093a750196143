package org.opencme.catalog.boundary;

import java.time.Instant;

/**
 * Where the latest index rebuild stands: activities loaded so far of the total
 * ({@code -1} while still counting), who asked and when, and the error when it
 * failed (the previous index then keeps serving).
 */
public record RebuildProgress(State state, int done, int total, String requestedBy, Instant startedAt,
		Instant finishedAt, String error) {

	public enum State {
		NEVER, RUNNING, SUCCEEDED, FAILED
	}

	public static RebuildProgress never() {
		return new RebuildProgress(State.NEVER, 0, 0, null, null, null, null);
	}

	public RebuildProgress with(int newDone, int newTotal) {
		return new RebuildProgress(state, newDone, newTotal, requestedBy, startedAt, finishedAt, error);
	}

	public RebuildProgress finished(Instant at, String failure) {
		return new RebuildProgress(failure == null ? State.SUCCEEDED : State.FAILED, done, Math.max(total, done),
				requestedBy, startedAt, at, failure);
	}

	/** 0-100, for a progress bar; 100 once finished. */
	public int percent() {
		if (state == State.SUCCEEDED || state == State.FAILED) {
			return 100;
		}
		if (state != State.RUNNING || total <= 0) {
			return 0;
		}
		return Math.min(99, done * 100 / total);
	}

	public boolean running() {
		return state == State.RUNNING;
	}
}
