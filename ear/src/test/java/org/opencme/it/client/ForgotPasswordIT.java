package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencme.it.Deployments;

/**
 * A forgotten password: the server sends a real mail through WildFly's mail
 * subsystem to a GreenMail SMTP server on loopback; its link sets a new
 * password once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForgotPasswordIT {

	@RegisterExtension
	static final GreenMailExtension MAIL = new GreenMailExtension(
			new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	private static final Pattern LINK = Pattern.compile("(http\\S+/reset-password\\.xhtml\\?token=(\\S+))");

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	private static List<MimeMessage> mailTo(String email) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
			try {
				return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(email);
			} catch (MessagingException e) {
				return false;
			}
		}).toList();
	}

	@Test
	void theMailedLinkSetsANewPasswordOnceAndEndsSessions() throws Exception {
		String email = Accounts.uniqueEmail("forgot");
		Accounts.register(email);
		WebSession session = new WebSession(Accounts.uniqueAddress());
		assertEquals(302, session.signIn(email, Accounts.PASSWORD).statusCode());

		HttpResponse<String> known = Http.send("POST", "/api/password/forgot", null, "{\"email\":\"" + email + "\"}");
		HttpResponse<String> unknown = Http.send("POST", "/api/password/forgot", null,
				"{\"email\":\"" + Accounts.uniqueEmail("nobody") + "\"}");
		assertEquals(202, known.statusCode());
		assertEquals(unknown.statusCode(), known.statusCode(), "the answer does not tell who is registered");
		assertEquals(unknown.body(), known.body());

		// Other mail may reach the SMTP server meanwhile (session mail retried from
		// earlier tests): wait for
		// this account's.
		long until = System.currentTimeMillis() + 20_000;
		while (mailTo(email).isEmpty() && System.currentTimeMillis() < until) {
			Thread.sleep(200);
		}
		List<MimeMessage> mails = mailTo(email);
		assertEquals(1, mails.size(), "one mail, to the account");
		MimeMessage mail = mails.get(0);
		assertEquals("Reset your OpenCME password", mail.getSubject());
		Matcher link = LINK.matcher(mail.getContent().toString());
		assertTrue(link.find(), GreenMailUtil.getBody(mail));
		assertTrue(link.group(1).startsWith(Http.BASE), "the configured base URL: " + link.group(1));
		String token = URLDecoder.decode(link.group(2), StandardCharsets.UTF_8);

		HttpResponse<String> page = session.get(link.group(1).substring(Http.BASE.length()));
		assertEquals(200, page.statusCode());
		assertTrue(page.body().contains("reset:newPassword"), "the page asks for the new password");

		HttpResponse<String> weak = Http.send("POST", "/api/password/reset", null,
				"{\"token\":\"" + token + "\",\"newPassword\":\"password1234\"}");
		assertEquals(400, weak.statusCode(), "the password rules apply; the link is not spent");
		String changed = "a recovered passphrase";
		HttpResponse<String> reset = Http.send("POST", "/api/password/reset", null,
				"{\"token\":\"" + token + "\",\"newPassword\":\"" + changed + "\"}");
		assertEquals(204, reset.statusCode(), reset.body());
		assertEquals(401, Http.send("GET", "/api/me", Http.basic(email, Accounts.PASSWORD), null).statusCode());
		assertEquals(200, Http.send("GET", "/api/me", Http.basic(email, changed), null).statusCode());
		assertEquals(302, session.get("/learner/home.xhtml").statusCode(), "open sessions ended");

		HttpResponse<String> again = Http.send("POST", "/api/password/reset", null,
				"{\"token\":\"" + token + "\",\"newPassword\":\"yet another passphrase\"}");
		assertEquals(400, again.statusCode(), "a link works once");
		assertEquals("token", Http.json(again).getJsonArray("errors").getJsonObject(0).getString("field"));
	}

	@Test
	void theResetPageSetsThePassword() throws Exception {
		String email = Accounts.uniqueEmail("forgot-page");
		Accounts.register(email);
		WebSession visitor = new WebSession(Accounts.uniqueAddress());
		HttpResponse<String> asked = visitor.submit("/forgot-password.xhtml", "forgot", Map.of("email", email), "send");
		assertTrue(asked.body().contains("If an account has this e-mail address"), asked.body());
		long until = System.currentTimeMillis() + 20_000;
		while (mailTo(email).isEmpty() && System.currentTimeMillis() < until) {
			Thread.sleep(200);
		}
		Matcher link = LINK.matcher(mailTo(email).get(0).getContent().toString());
		assertTrue(link.find());
		HttpResponse<String> done = visitor.submit(link.group(1).substring(Http.BASE.length()), "reset",
				Map.of("newPassword", "chosen on the page 2026"), "save");
		assertTrue(done.body().contains("Your password is changed."), done.body());
		assertEquals(200, Http.send("GET", "/api/me", Http.basic(email, "chosen on the page 2026"), null).statusCode());
	}

	@Test
	void oneAddressMayAskTenTimesAnHourWhoeverItAsksFor() {
		String address = Accounts.uniqueAddress();
		Map<String, String> from = Map.of("X-Forwarded-For", address);
		String registered = Accounts.uniqueEmail("forgot-limit");
		Accounts.register(registered);
		for (int i = 0; i < 10; i++) {
			String email = i == 0 ? registered : Accounts.uniqueEmail("nobody-" + i);
			assertEquals(202,
					Http.send("POST", "/api/password/forgot", null, "{\"email\":\"" + email + "\"}", from).statusCode(),
					"request " + (i + 1));
		}
		HttpResponse<String> eleventh = Http.send("POST", "/api/password/forgot", null,
				"{\"email\":\"" + Accounts.uniqueEmail("nobody") + "\"}", from);
		assertEquals(429, eleventh.statusCode(), "the eleventh, for an address nobody has: the limit tells nothing");
		long retryAfter = Long.parseLong(eleventh.headers().firstValue("Retry-After").orElseThrow());
		assertTrue(retryAfter > 3000 && retryAfter <= 3600, "about an hour: " + retryAfter);
		assertTrue(Http.json(eleventh).getString("detail").contains("Too many requests for a reset link"),
				eleventh.body());
		assertEquals(429, Http.send("POST", "/api/password/forgot", null, "{\"email\":\"" + registered + "\"}", from)
				.statusCode(), "a registered address alike");
		assertEquals(202,
				Http.send("POST", "/api/password/forgot", null, "{\"email\":\"" + registered + "\"}",
						Map.of("X-Forwarded-For", Accounts.uniqueAddress())).statusCode(),
				"another address is not held back");

		WebSession page = new WebSession(address);
		String typed = Accounts.uniqueEmail("typed");
		HttpResponse<String> refused = page.submit("/forgot-password.xhtml", "forgot", Map.of("email", typed), "send");
		assertTrue(refused.body().contains("Too many requests for a reset link from this network"), refused.body());
		assertTrue(refused.body().contains("value=\"" + typed + "\""), "what was typed is kept");
	}
}
