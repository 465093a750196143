/**
 * Credit: credit types (data, not an enum), designations, claims and the award
 * ledger. Awards are immutable ledger entries; corrections are new entries.
 */
package org.opencme.credit;
