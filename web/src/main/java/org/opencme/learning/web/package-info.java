/**
 * Learner pages. The learner's enrolments arrive with the learning context;
 * until then the catalog of published activities.
 */
package org.opencme.learning.web;
