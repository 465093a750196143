/**
 * Attendance's rules, unit-tested: what a session to schedule must be (the
 * constraints of its fields and the rules between them and its activity).
 */
package org.opencme.attendance.control;
