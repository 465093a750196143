package org.opencme.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.opencme.platform.web.RequestOrigin.Verdict;

class RequestOriginTest {

	private static final String OWN = RequestOrigin.own("http", "localhost", 8080);

	@Test
	void theServersOwnOriginLeavesDefaultPortsOut() {
		assertEquals("http://localhost:8080", OWN);
		assertEquals("https://cme.example.org", RequestOrigin.own("HTTPS", "CME.example.org", 443));
		assertEquals("http://cme.example.org", RequestOrigin.own("http", "cme.example.org", 80));
		assertEquals("https://cme.example.org:8443", RequestOrigin.own("https", "cme.example.org", 8443));
	}

	@Test
	void theOriginHeaderDecidesWhenPresent() {
		assertEquals(Verdict.SAME, RequestOrigin.judge(OWN, "http://localhost:8080", null));
		assertEquals(Verdict.SAME, RequestOrigin.judge(OWN, "http://LOCALHOST:8080", "https://evil.example"));
		assertEquals(Verdict.FOREIGN, RequestOrigin.judge(OWN, "https://evil.example", OWN + "/learner/home.xhtml"));
		assertEquals(Verdict.FOREIGN, RequestOrigin.judge(OWN, "http://localhost:8081", null), "another port");
		assertEquals(Verdict.FOREIGN, RequestOrigin.judge(OWN, "https://localhost:8080", null), "another scheme");
		assertEquals(Verdict.FOREIGN, RequestOrigin.judge(OWN, "http://localhost:8080.evil.example", null));
		assertEquals(Verdict.FOREIGN, RequestOrigin.judge(OWN, "null", null), "a sandboxed frame or data: page");
		assertEquals(Verdict.FOREIGN, RequestOrigin.judge(OWN, "not a url", null));
	}

	@Test
	void withoutAnOriginTheReferersOriginCounts() {
		assertEquals(Verdict.SAME, RequestOrigin.judge(OWN, null, "http://localhost:8080/learner/home.xhtml?x=1"));
		assertEquals(Verdict.SAME, RequestOrigin.judge(OWN, "", "http://localhost:8080/"));
		assertEquals(Verdict.FOREIGN, RequestOrigin.judge(OWN, null, "https://evil.example/http://localhost:8080/"));
		assertEquals(Verdict.FOREIGN, RequestOrigin.judge(OWN, null, "http://user@localhost:8080/"));
		assertEquals(Verdict.FOREIGN, RequestOrigin.judge(OWN, null, "/relative"));
		assertEquals(Verdict.ABSENT, RequestOrigin.judge(OWN, null, null));
		assertEquals(Verdict.ABSENT, RequestOrigin.judge(OWN, " ", ""));
	}
}
