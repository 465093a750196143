/**
 * An audit entry: written once, never changed.
 */
package org.opencme.audit.entity;
