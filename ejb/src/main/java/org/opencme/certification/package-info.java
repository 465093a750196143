/**
 * Certification: the certificates that prove a completion with its credit
 * awards (PDF, number, verification code, revocation). It observes the credit
 * context's awards and holds ids of other contexts, never their entities.
 */
package org.opencme.certification;
