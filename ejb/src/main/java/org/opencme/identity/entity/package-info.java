/**
 * Accounts with their licences and roles, personal API tokens (stored as
 * hashes) and password-reset links.
 */
package org.opencme.identity.entity;
