package org.opencme.content.pkg;

/**
 * A video, either a file in the package ({@code media}, under {@code media/})
 * or an external https {@code url}, never both. {@code requiredWatchedPercent}
 * {@code null} means opening the video is enough.
 */
public record VideoModuleSpec(String key, String title, boolean required, String media, String url,
		Integer requiredWatchedPercent) implements ModuleSpec {

	@Override
	public ModuleKind kind() {
		return ModuleKind.VIDEO;
	}
}
