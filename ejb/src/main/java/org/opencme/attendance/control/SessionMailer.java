package org.opencme.attendance.control;

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
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends stored session mail through WildFly's mail subsystem
 * ({@code java:jboss/mail/Default}) after the transaction that stored it
 * commits, on a managed thread, and every 15 seconds ({@link SessionMailTimer})
 * whatever is still due: a mail the SMTP server refused waits 1, 2, 4 ...
 * minutes (at most an hour; {@code -Dopencme.mail.retry.seconds} sets the first
 * pause) and is tried again, so none is lost. One pass runs at a time; a mail
 * is marked sent after the SMTP server accepted it (a crash between the two
 * sends it once more, never never). With {@code -Dopencme.mail.mode=log} (the
 * demo's default) each mail is written to the server log instead and counts as
 * sent.
 */
@ApplicationScoped
public class SessionMailer {

	private static final Logger LOG = Logger.getLogger(SessionMailer.class.getName());
	private static final int BATCH = 200;

	@Resource(lookup = "java:jboss/mail/Default")
	Session mail;

	@Resource
	ManagedExecutorService executor;

	@Inject
	SessionMailStore store;

	@Inject
	java.time.Clock clock;

	private final ReentrantLock running = new ReentrantLock();
	private final AtomicBoolean again = new AtomicBoolean();

	void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
		trigger();
	}

	/** Asks for a pass over the due mail, soon, on a managed thread. */
	public void trigger() {
		again.set(true);
		executor.submit(this::drain);
	}

	private void drain() {
		if (!running.tryLock()) {
			return; // the running pass sees `again` and goes round once more
		}
		try {
			while (again.getAndSet(false)) {
				for (long id : store.due(BATCH)) {
					store.compose(id).ifPresent(this::deliver);
				}
			}
		} finally {
			running.unlock();
		}
		if (again.get()) {
			drain();
		}
	}

	private void deliver(SessionMailStore.Outgoing out) {
		if ("log".equals(System.getProperty("opencme.mail.mode", "smtp"))) {
			LOG.info(() -> "Session mail (opencme.mail.mode=log, not sent) to " + out.to() + ": " + out.subject() + "\n"
					+ out.text() + (out.ics() == null ? "" : "\n" + out.ics()));
			store.sent(out.id());
			return;
		}
		try {
			Transport.send(message(out));
		} catch (MessagingException | java.io.UnsupportedEncodingException | RuntimeException e) {
			LOG.log(Level.INFO, "Session mail " + out.id() + " to " + out.to() + " not sent yet; tried again later: "
					+ e.getMessage());
			store.failed(out.id(), e.toString());
			return;
		}
		store.sent(out.id());
	}

	private MimeMessage message(SessionMailStore.Outgoing out)
			throws MessagingException, java.io.UnsupportedEncodingException {
		MimeMessage message = new MimeMessage(mail);
		message.setFrom(new InternetAddress(SessionMailStore.from(), "OpenCME", "UTF-8"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(out.to(), out.toName(), "UTF-8"));
		message.setSubject(out.subject(), "UTF-8");
		message.setSentDate(Date.from(java.time.Instant.now(clock)));
		if (out.ics() == null) {
			message.setText(out.text(), "UTF-8");
			return message;
		}
		// text and calendar as alternatives: calendar programs take the second part
		MimeMultipart alternative = new MimeMultipart("alternative");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(out.text(), "UTF-8");
		alternative.addBodyPart(text);
		MimeBodyPart calendar = new MimeBodyPart();
		calendar.setContent(out.ics(), "text/calendar; charset=UTF-8; method=" + out.method());
		calendar.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=" + out.method());
		alternative.addBodyPart(calendar);
		message.setContent(alternative);
		return message;
	}
}
