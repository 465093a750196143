/**
 * Scheduling and cancelling the live and proctored sessions of an activity, and
 * showing them to learners and staff; asks authoring whether an account may
 * schedule them.
 */
package org.opencme.attendance.boundary;
