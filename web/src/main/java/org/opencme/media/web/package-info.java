/**
 * Serving stored media to browsers, with HTTP range requests so video can seek
 * and resume.
 */
package org.opencme.media.web;
