/**
 * The audit log: who did what to which record and when. Entries are only ever
 * added, never changed. Every change to a record that matters writes one, in
 * the same transaction as the change.
 */
package org.opencme.audit;
