/**
 * Authoring's rules: finding an activity or refusing, the first working copy of
 * a new activity, and what must be present before an activity can be published.
 */
package org.opencme.authoring.control;
