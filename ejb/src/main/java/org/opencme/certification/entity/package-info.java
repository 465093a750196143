/**
 * Certificates (insert-only; the frozen content is what the PDF and the
 * verification show), their revocations and the yearly number counters.
 */
package org.opencme.certification.entity;
