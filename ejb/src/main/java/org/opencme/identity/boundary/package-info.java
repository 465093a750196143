/**
 * Accounts as other contexts see them (AuthenticatedAccount, Role,
 * AccountDetails), registration, sign-in checks, roles, personal API tokens and
 * password changes and resets.
 */
package org.opencme.identity.boundary;
