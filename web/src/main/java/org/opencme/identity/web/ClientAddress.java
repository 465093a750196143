package org.opencme.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the person at the other end, which sign-in throttling keys on.
 * The connection's address, unless it is one of the reverse proxies named in
 * {@code -Dopencme.trusted.proxies} (comma-separated addresses; none by
 * default): then the last address in {@code X-Forwarded-For} that is not a
 * trusted proxy. A header from anyone else is ignored, so a client cannot
 * choose its own address.
 */
public final class ClientAddress {

	private static final Set<String> TRUSTED = Arrays
			.stream(System.getProperty("opencme.trusted.proxies", "").split(",")).map(String::trim)
			.filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), TRUSTED);
	}

	static String of(String remote, String forwardedFor, Set<String> trusted) {
		if (!trusted.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
			return remote;
		}
		List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = hops.get(i);
			if (!trusted.contains(hop)) {
				return hop.length() > 64 ? hop.substring(0, 64) : hop;
			}
		}
		return remote;
	}
}
