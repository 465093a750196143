package org.opencme.identity.boundary;

/**
 * What an open session is checked against on each request: whether the account
 * may sign in, and its stamps. A different {@code securityStamp} means roles
 * (or the enabled flag, or the password) changed: re-read the account. A
 * different {@code credentialStamp} means the password changed or the account
 * was deactivated: the session ends.
 */
public record SecurityState(long securityStamp, long credentialStamp, boolean enabled) {
}
