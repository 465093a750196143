/**
 * The catalog: keeps the Lucene index (content module) in step with published
 * activities, after each transaction commits, and answers searches. It reads
 * activities only through the authoring boundary.
 */
package org.opencme.catalog;
