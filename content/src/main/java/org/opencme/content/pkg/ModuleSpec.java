package org.opencme.content.pkg;

/**
 * One step of the activity, in the order learners meet it. Each kind has its
 * own record so that a module can only carry the fields its kind uses.
 */
public sealed interface ModuleSpec permits ContentModuleSpec, VideoModuleSpec, DocumentModuleSpec, QuizModuleSpec,
		EvaluationModuleSpec, AttestationModuleSpec, SessionModuleSpec {

	/**
	 * Unique within the package; completion criteria and progress refer to modules
	 * by this key.
	 */
	String key();

	String title();

	boolean required();

	ModuleKind kind();
}
