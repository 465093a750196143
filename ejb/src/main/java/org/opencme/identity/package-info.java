/**
 * Identity: accounts, roles, licences, password hashing and personal API
 * tokens. Other contexts refer to an account by its id only, never by entity.
 */
package org.opencme.identity;
