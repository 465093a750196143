/**
 * Credit's rules, plain Java and unit-tested: which designated types a learner
 * may claim ({@link org.opencme.credit.control.Eligibility}), whether a claim
 * is accepted ({@link org.opencme.credit.control.ClaimRules}), what identity a
 * reported credit needs
 * ({@link org.opencme.credit.control.ReportingRequirements}) and the award
 * ledger's arithmetic ({@link org.opencme.credit.control.CreditLedger}). No
 * EntityManager, no CDI, no clock: callers pass "today".
 */
package org.opencme.credit.control;
