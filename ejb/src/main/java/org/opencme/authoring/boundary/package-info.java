/**
 * Designers' work on activities: working copies, package import and export,
 * attached files, review and publishing, published versions and their files,
 * and the events of a publish or retire.
 */
package org.opencme.authoring.boundary;
