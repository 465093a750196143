/**
 * Attendance: live sessions (scheduled occurrences of live and proctored
 * activities); registrations, check-in and attendance records are to come.
 * Holds activity ids, never authoring entities.
 */
package org.opencme.attendance;
