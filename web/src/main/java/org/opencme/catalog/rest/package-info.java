/**
 * REST resources of the catalog: search with facets and highlights, and
 * completions for a search box.
 */
package org.opencme.catalog.rest;
