/**
 * The media store: uploaded files, content-addressed by SHA-256 and
 * de-duplicated, with size and type limits. Bytes live under the data
 * directory; the database keeps the metadata. Knows nothing of activities.
 */
package org.opencme.media;
