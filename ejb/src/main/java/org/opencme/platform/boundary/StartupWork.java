package org.opencme.platform.boundary;

/**
 * Work a freshly started server does before it calls itself ready
 * ({@code /api/health} says UP only when every piece of it has finished). It
 * lets platform ask without knowing the contexts that do the work (the
 * warm-up).
 */
public interface StartupWork {

	/** Whether this work has finished (or is off, or gave up). */
	boolean finished();
}
