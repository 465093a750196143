/**
 * How the store decides and keeps files: type detection by the first bytes and
 * the limits per type, content-addressed blob files, and reading a video's
 * duration from its container.
 */
package org.opencme.media.control;
