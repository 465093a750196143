/**
 * Activities with their working copy and status, the published versions (never
 * changed once published) and the review history.
 */
package org.opencme.authoring.entity;
