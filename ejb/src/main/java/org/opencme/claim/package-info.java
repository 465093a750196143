/**
 * Claims and the award ledger: a learner whose enrolment completed claims the
 * credit commensurate with their participation, per designated credit type;
 * each accepted claim is one {@code CreditClaim} event and its lines are
 * append-only {@code CreditAward} entries. Downstream of learning (completion
 * facts, {@code EnrollmentCompleted}) and of credit (the credit types as
 * reference data); certification issues the certificate of each claim.
 */
package org.opencme.claim;
