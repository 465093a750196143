package org.opencme.content.pkg;

/**
 * The learner attests the time spent, up to {@code maxMinutes}; credit is
 * claimed from it.
 */
public record AttestationModuleSpec(String key, String title, boolean required,
		Integer maxMinutes) implements ModuleSpec {

	@Override
	public ModuleKind kind() {
		return ModuleKind.ATTESTATION;
	}
}
