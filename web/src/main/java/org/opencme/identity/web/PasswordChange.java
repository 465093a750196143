package org.opencme.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.platform.boundary.InvalidInputException;

/**
 * A signed-in person changes their password, on the page or through
 * {@code PUT /api/me/password}. The current password is throttled like a
 * sign-in (someone at an unattended session must not guess it), and the
 * caller's own session goes on with a new id while every other one ends.
 */
@ApplicationScoped
public class PasswordChange {

	@Inject
	AccountService accounts;

	@Inject
	org.opencme.identity.boundary.SignInGuard guard;

	public void change(HttpServletRequest request, SignedInCaller caller, String currentPassword, String newPassword) {
		String address = ClientAddress.of(request);
		Duration wait = guard.admit(caller.email(), address);
		if (!wait.isZero()) {
			throw new AttemptsThrottledException(wait);
		}
		AuthenticatedAccount changed;
		try {
			changed = accounts.changePassword(caller.accountId(), currentPassword, newPassword);
		} catch (InvalidInputException e) {
			if (e.fieldErrors().containsKey("currentPassword")) {
				Duration locked = guard.failed(caller.email(), address, "PASSWORD_CHANGE");
				if (!locked.isZero()) {
					throw new AttemptsThrottledException(locked);
				}
			} else {
				guard.succeeded(caller.email(), address);
			}
			throw e;
		}
		guard.succeeded(caller.email(), address);
		OpenCmeAuthenticationMechanism.renew(request, changed);
	}
}
