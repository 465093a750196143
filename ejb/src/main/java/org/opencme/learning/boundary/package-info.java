/**
 * Learners' activity: allowances, enrolments, module content and progress, quiz
 * attempts with each answer saved as given, evaluations, and access to an
 * activity's media.
 */
package org.opencme.learning.boundary;
