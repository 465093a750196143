/**
 * The REST API's frame: the application path, health, and problem-JSON error
 * mapping (RFC 9457).
 */
package org.opencme.platform.rest;
