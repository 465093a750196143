/**
 * Learning's rules, unit-tested: completion progress, grading, feedback timing,
 * question draws, attestation bounds, counted watching time, who may read a
 * learning record or a media file, and the manifests of pinned versions.
 */
package org.opencme.learning.control;
