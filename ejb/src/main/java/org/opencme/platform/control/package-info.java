/**
 * Platform's own start-up work: the Flyway migrations of the database.
 */
package org.opencme.platform.control;
