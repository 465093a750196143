/**
 * The start-up warm-up: read-only API requests and rolled-back rounds of quiz
 * saves before the server says UP, so the first minute of real traffic does not
 * meet cold code. Calls other contexts' boundaries only.
 */
package org.opencme.warmup;
