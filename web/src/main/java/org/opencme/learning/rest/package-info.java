/**
 * REST resources of the learning context: enrolments, progress, quiz attempts.
 */
package org.opencme.learning.rest;
