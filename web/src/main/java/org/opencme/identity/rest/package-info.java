/**
 * REST resources of the identity context: the caller's own account and tokens,
 * and user administration.
 */
package org.opencme.identity.rest;
