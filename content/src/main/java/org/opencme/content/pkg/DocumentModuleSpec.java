package org.opencme.content.pkg;

/**
 * A PDF handout; {@code media} is its path under {@code media/}, and its
 * content must really be a PDF.
 */
public record DocumentModuleSpec(String key, String title, boolean required, String media) implements ModuleSpec {

	@Override
	public ModuleKind kind() {
		return ModuleKind.DOCUMENT;
	}
}
