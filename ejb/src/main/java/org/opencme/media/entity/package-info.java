/**
 * A stored file's metadata: SHA-256, size, content type and (for a video) its
 * duration.
 */
package org.opencme.media.entity;
