package org.opencme.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.identity.control.SignInThrottle;
import org.opencme.identity.control.SignInThrottles;

/**
 * Password guessing is throttled on every way in (rules in
 * {@link SignInThrottle}): ask {@link #admit} before checking a credential,
 * then report {@link #failed} or {@link #succeeded}. Each lock is audited
 * ({@code SIGN_IN_THROTTLED}, record {@code SignIn} = the client address).
 */
@Stateless
public class SignInGuard {

	static final String RECORD = "SignIn";

	@Inject
	SignInThrottles throttles;

	@Inject
	AuditLog audit;

	/**
	 * Zero when the attempt may be checked; otherwise how long the client must
	 * wait. {@code account} is the e-mail given, or null (a token).
	 */
	@TransactionAttribute(TransactionAttributeType.SUPPORTS)
	public Duration admit(String account, String address) {
		return throttles.throttle().admit(account, address);
	}

	/**
	 * Counts a failed attempt made by {@code way} (FORM, BASIC, TOKEN,
	 * PASSWORD_CHANGE); how long the client is now locked out (zero: not locked).
	 */
	public Duration failed(String account, String address, String way) {
		SignInThrottle.Failure failure = throttles.throttle().failed(account, address);
		if (failure.lockStarted()) {
			audit.record(AuditLog.SYSTEM, "SIGN_IN_THROTTLED", RECORD, clip(String.valueOf(address), 80),
					"way=" + way + " account=" + clip(account == null ? "-" : account, 254) + " locked="
							+ failure.lockedFor().toSeconds() + "s");
		}
		return failure.lockedFor();
	}

	@TransactionAttribute(TransactionAttributeType.SUPPORTS)
	public void succeeded(String account, String address) {
		throttles.throttle().succeeded(account, address);
	}

	private static String clip(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}
}
