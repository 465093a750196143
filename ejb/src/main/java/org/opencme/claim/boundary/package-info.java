/**
 * {@code ClaimService}: what a learner may claim for an enrolment, the claim
 * itself, the learner's awards and an administrator's corrections; the
 * {@code AwardsRecorded} event certification observes.
 */
package org.opencme.claim.boundary;
