/**
 * Credit types: reference data, not an enum (code, name, claim increment,
 * eligible professions, whether evaluation time counts, components, the
 * designation statement), maintained by administrators and read by authoring,
 * catalog and claims as {@code CreditTypeSummary} records. Claims and the award
 * ledger are the {@code claim} context's.
 */
package org.opencme.credit;
