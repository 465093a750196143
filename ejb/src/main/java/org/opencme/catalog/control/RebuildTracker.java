package org.opencme.catalog.control;

import java.time.Instant;
import org.opencme.catalog.boundary.RebuildProgress;
import org.opencme.catalog.boundary.RebuildProgress.State;

/**
 * The progress of the one index rebuild that may run at a time, readable from
 * any thread while the rebuild advances it.
 */
public final class RebuildTracker {

	private RebuildProgress progress = RebuildProgress.never();

	/** Starts a rebuild unless one is running; false when one is. */
	public synchronized boolean start(String actor, Instant at) {
		if (progress.state() == State.RUNNING) {
			return false;
		}
		progress = new RebuildProgress(State.RUNNING, 0, -1, actor, at, null, null);
		return true;
	}

	public synchronized void total(int total) {
		progress = progress.with(progress.done(), total);
	}

	public synchronized void advance() {
		progress = progress.with(progress.done() + 1, progress.total());
	}

	/** Ends the running rebuild; {@code error} is null when it succeeded. */
	public synchronized void finish(Instant at, String error) {
		progress = progress.finished(at, error);
	}

	public synchronized RebuildProgress snapshot() {
		return progress;
	}
}
