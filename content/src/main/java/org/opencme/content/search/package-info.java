/**
 * The catalog search index: mapping published activities to Lucene, free-text
 * queries with medical synonyms and typo tolerance, filters, facets,
 * highlighting and autocomplete. Plain Java over a directory; no container, no
 * database, no access rules (the caller filters by who may see what).
 */
package org.opencme.content.search;
