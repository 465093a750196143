/**
 * Identity's rules: the password policy and hashing (NFKC, PBKDF2),
 * registration constraints (NPI, licences), sign-in and reset-request
 * throttling, token hashing and the caches of credentials and security state.
 */
package org.opencme.identity.control;
