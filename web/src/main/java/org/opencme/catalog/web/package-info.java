/**
 * The catalog pages: search with facets and autocomplete, and an activity's
 * public page.
 */
package org.opencme.catalog.web;
