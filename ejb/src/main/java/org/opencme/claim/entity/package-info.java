/**
 * The claim context's records: claims, the award ledger (insert-only; the
 * entities refuse updates and removals) and the completions heard of.
 */
package org.opencme.claim.entity;
