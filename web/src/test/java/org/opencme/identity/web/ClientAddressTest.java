package org.opencme.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

	@Test
	void theConnectionsAddressUnlessItIsATrustedProxy() {
		assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", Set.of()),
				"a client cannot choose its address");
		assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", Set.of("127.0.0.1")));
		assertEquals("198.51.100.1", ClientAddress.of("127.0.0.1", "198.51.100.1", Set.of("127.0.0.1")));
	}

	@Test
	void behindAProxyTheLastHopThatIsNotTrusted() {
		assertEquals("198.51.100.1",
				ClientAddress.of("127.0.0.1", "6.6.6.6, 198.51.100.1, 10.0.0.2", Set.of("127.0.0.1", "10.0.0.2")),
				"the first entries are what the client wrote");
		assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", " ", Set.of("127.0.0.1")));
	}

	@Test
	void waitsReadAsMinutesOrSeconds() {
		assertEquals("15 seconds", OpenCmeAuthenticationMechanism.waitText(Duration.ofSeconds(15)));
		assertEquals("1 second", OpenCmeAuthenticationMechanism.waitText(Duration.ofMillis(200)));
		assertEquals("1 minute", OpenCmeAuthenticationMechanism.waitText(Duration.ofSeconds(60)));
		assertEquals("15 minutes", OpenCmeAuthenticationMechanism.waitText(Duration.ofMinutes(15)));
		assertEquals("2 minutes", OpenCmeAuthenticationMechanism.waitText(Duration.ofSeconds(61)));
	}
}
