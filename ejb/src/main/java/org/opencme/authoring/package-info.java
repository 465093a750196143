/**
 * Authoring: activities as designers write them, their review workflow and
 * published versions. Learners' progress lives in the learning context, not
 * here.
 */
package org.opencme.authoring;
