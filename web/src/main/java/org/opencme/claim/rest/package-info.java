/**
 * {@code /api/enrollments/{id}/claims}: what a learner may claim, and the
 * claim.
 */
package org.opencme.claim.rest;
