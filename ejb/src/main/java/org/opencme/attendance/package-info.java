/**
 * Attendance: live sessions (scheduled occurrences of live and proctored
 * activities) and, later, registrations and attendance records. Holds activity
 * ids, never authoring entities.
 */
package org.opencme.attendance;
