package org.opencme.content.pkg;

/**
 * A live webinar or proctored sitting. The package only declares the step:
 * dates, rooms and proctors are scheduled in the application, not shipped in a
 * package. {@code kind} is {@code LIVE_SESSION} or {@code PROCTORED_SESSION}.
 */
public record SessionModuleSpec(String key, ModuleKind kind, String title, boolean required) implements ModuleSpec {

	public SessionModuleSpec {
		if (kind != ModuleKind.LIVE_SESSION && kind != ModuleKind.PROCTORED_SESSION) {
			throw new IllegalArgumentException("a session module is LIVE_SESSION or PROCTORED_SESSION, not " + kind);
		}
	}
}
