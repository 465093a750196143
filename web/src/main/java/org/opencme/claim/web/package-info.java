/**
 * Claim pages: the claim page of a completed enrolment (the rows the learner
 * may claim, a live check of each amount, the reporting details still missing)
 * and the dashboard's "Claim credit" links.
 */
package org.opencme.claim.web;
