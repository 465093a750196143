/**
 * Learning's rules, unit-tested: the enrolment window, the attempt limit, which
 * answers an attempt accepts, grading and the pass mark, feedback timing,
 * question draws, attestation bounds, evaluation answers and submission,
 * counted watching time, who may read a learning record or a media file, and
 * the manifests of pinned versions ({@code VersionManifests}, the one bean
 * here). The rules are pure Java: the time comes in as a parameter, and none
 * touches the EntityManager.
 */
package org.opencme.learning.control;
