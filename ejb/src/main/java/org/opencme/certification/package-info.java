/**
 * Certification: the certificates that prove a completion with its credit
 * awards. Issued at once when a claim's awards are recorded
 * ({@code AwardsRecorded}), one per claim, with a number sequential per year
 * and a secret verification code; rendered to PDF/A-2b from the content frozen
 * at issue; verified publicly by code; revoked with a reason and reissued,
 * never changed or deleted. It holds ids of other contexts, never their
 * entities.
 */
package org.opencme.certification;
