package org.opencme.content.pkg;

/**
 * A video, either a file in the package ({@code media}, under {@code media/})
 * or an external https {@code url}, never both. {@code requiredWatchedPercent}
 * {@code null} means the default, 90 % (an uploaded video completes on time
 * watched; an external link is marked as watched by the learner).
 */
public record VideoModuleSpec(String key, String title, boolean required, String media, String url,
		Integer requiredWatchedPercent) implements ModuleSpec {

	@Override
	public ModuleKind kind() {
		return ModuleKind.VIDEO;
	}
}
