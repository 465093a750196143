/**
 * The catalog's own records: synonym rules, added and removed (never edited)
 * with who and when.
 */
package org.opencme.catalog.entity;
