/**
 * The media store other contexts call: stream a file in (type by content, size
 * checked while copying), read it back, and the refusals of a wrong or
 * oversized file.
 */
package org.opencme.media.boundary;
