/**
 * Keeps the catalog index in step: maps an activity's live version to its index
 * document, refreshes it after a publish, retire or session change commits, and
 * tracks a rebuild's progress.
 */
package org.opencme.catalog.control;
