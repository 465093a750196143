/**
 * AuditLog: records who did what to which record, in the caller's transaction.
 */
package org.opencme.audit.boundary;
