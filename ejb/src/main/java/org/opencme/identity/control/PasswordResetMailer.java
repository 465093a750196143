package org.opencme.identity.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencme.identity.boundary.PasswordResetRequested;

/**
 * Sends the forgotten-password mail through WildFly's mail subsystem
 * ({@code java:jboss/mail/Default}; SMTP host and port from
 * {@code -Dopencme.smtp.host/port}) after the link's transaction commits, on a
 * managed thread. The link starts with {@code -Dopencme.base.url} (default
 * {@code http://localhost:8080}), never with the request's Host header, which
 * the requester controls.
 */
@ApplicationScoped
public class PasswordResetMailer {

	private static final Logger LOG = Logger.getLogger(PasswordResetMailer.class.getName());
	static final String PAGE = "/reset-password.xhtml?token=";

	@Resource(lookup = "java:jboss/mail/Default")
	Session mail;

	@Resource
	ManagedExecutorService executor;

	@Inject
	Clock clock;

	void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordResetRequested request) {
		executor.submit(() -> deliver(request));
	}

	private void deliver(PasswordResetRequested request) {
		try {
			MimeMessage message = new MimeMessage(mail);
			message.setFrom(new InternetAddress(System.getProperty("opencme.mail.from", "no-reply@opencme.local"),
					"OpenCME", "UTF-8"));
			message.setRecipient(Message.RecipientType.TO, new InternetAddress(request.email()));
			message.setSubject("Reset your OpenCME password", "UTF-8");
			message.setSentDate(Date.from(Instant.now(clock)));
			message.setText(text(request, link(request.secret())), "UTF-8");
			Transport.send(message);
		} catch (MessagingException | java.io.UnsupportedEncodingException e) {
			LOG.log(Level.WARNING, "The password reset mail to " + request.email() + " could not be sent", e);
		}
	}

	static String link(String secret) {
		String base = System.getProperty("opencme.base.url", "http://localhost:8080");
		return base.replaceAll("/+$", "") + PAGE + URLEncoder.encode(secret, StandardCharsets.UTF_8);
	}

	static String text(PasswordResetRequested request, String link) {
		return "Hello " + request.displayName() + ",\n\n"
				+ "someone (we hope you) asked to reset the password of your OpenCME account.\n"
				+ "Open this link within one hour to choose a new password; it works once:\n\n" + link + "\n\n"
				+ "If you did not ask for this, ignore this mail: your password stays as it is.\n";
	}
}
