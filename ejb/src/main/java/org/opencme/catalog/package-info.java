/**
 * The catalog: keeps the Lucene index (content module) in step with published
 * activities, after each transaction commits, and answers searches. It reads
 * activities through the authoring boundary and session starts through the
 * attendance boundary.
 */
package org.opencme.catalog;
