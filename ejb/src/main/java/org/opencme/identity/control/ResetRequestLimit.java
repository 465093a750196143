package org.opencme.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.opencme.platform.boundary.RequestLimit;

/**
 * The server's limit on forgotten-password requests per client address:
 * {@value #PER_HOUR} an hour, whether or not the e-mail belongs to an account
 * (so the limit tells nobody who is registered). Together with one link a
 * minute per account, one address can neither flood one mailbox nor mail many.
 */
@ApplicationScoped
public class ResetRequestLimit {

	public static final int PER_HOUR = 10;

	private RequestLimit limit;

	@Inject
	void init(Clock clock) {
		limit = new RequestLimit(clock::instant, PER_HOUR, Duration.ofHours(1));
	}

	/** Zero when the address may ask for a link now; otherwise how long to wait. */
	public Duration admit(String clientAddress) {
		return limit.admit(clientAddress == null ? "?" : clientAddress);
	}
}
