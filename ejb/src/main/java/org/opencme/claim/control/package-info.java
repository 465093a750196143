/**
 * The claim rules, plain Java and unit-tested: which designated types a learner
 * may claim ({@link org.opencme.claim.control.Eligibility}), whether a claim is
 * accepted ({@link org.opencme.claim.control.ClaimRules}), what identity a
 * reported credit needs
 * ({@link org.opencme.claim.control.ReportingRequirements}) and the award
 * ledger's arithmetic ({@link org.opencme.claim.control.CreditLedger}). No
 * EntityManager, no CDI, no clock: callers pass "today".
 */
package org.opencme.claim.control;
