/**
 * A scheduled session: start and end as instants with the time zone they were
 * given in, capacity, join link or room; cancelled, never deleted.
 */
package org.opencme.attendance.entity;
