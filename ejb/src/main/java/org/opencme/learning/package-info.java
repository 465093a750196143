/**
 * Learning: allowances, enrolments pinned to an activity version, progress per
 * module, quiz attempts with every response saved as it is given, and the rules
 * of completion. Reads activities through the authoring boundary only.
 */
package org.opencme.learning;
