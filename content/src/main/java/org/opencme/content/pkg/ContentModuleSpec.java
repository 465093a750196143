package org.opencme.content.pkg;

/**
 * Reading material: {@code file} is the path of a Markdown file in the package.
 */
public record ContentModuleSpec(String key, String title, boolean required, String file) implements ModuleSpec {

	@Override
	public ModuleKind kind() {
		return ModuleKind.CONTENT;
	}
}
