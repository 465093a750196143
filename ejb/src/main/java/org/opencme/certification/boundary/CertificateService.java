package org.opencme.certification.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.certification.control.CertificateContent;
import org.opencme.certification.control.CertificateFiles;
import org.opencme.certification.control.CertificateNumbers;
import org.opencme.certification.control.CertificateTemplate;
import org.opencme.certification.control.CertificateWording;
import org.opencme.certification.control.Counters;
import org.opencme.certification.control.Renderers;
import org.opencme.certification.control.VerificationGuesses;
import org.opencme.certification.entity.Certificate;
import org.opencme.certification.entity.CertificateRevocation;
import org.opencme.claim.boundary.AwardLine;
import org.opencme.claim.boundary.AwardsRecorded;
import org.opencme.claim.boundary.ClaimOutcome;
import org.opencme.claim.boundary.ClaimService;
import org.opencme.claim.boundary.ClaimSummary;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.CreditDesignationSpec;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.Role;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.NotPermittedException;
import org.opencme.platform.boundary.ProviderCalendar;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * Certificates: issued in the claiming transaction when a claim's awards are
 * recorded ({@link AwardsRecorded}), one per claim; the content is frozen at
 * issue, so the PDF (rendered on request, PDF/A-2b) and the verification always
 * show what was issued. Learners read their own, administrators every one;
 * anyone verifies by code.
 */
@Stateless
public class CertificateService {

	static final String RECORD = "Certificate";
	/**
	 * The provider's name printed on certificates
	 * ({@code -Dopencme.provider.name}).
	 */
	static final String PROVIDER_PROPERTY = "opencme.provider.name";
	static final String IPCE = "IPCE";

	private static final Jsonb JSON = JsonbBuilder.create();

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	AccountService accounts;

	@Inject
	ClaimService claims;

	@Inject
	AuditLog audit;

	@Inject
	Clock clock;

	@Inject
	Renderers renderers;

	@Inject
	VerificationGuesses guesses;

	@Inject
	Counters counters;

	/** Issues the claim's certificate, in the claim's transaction. */
	public void issue(@Observes AwardsRecorded awards) {
		ActivitySpec activity = awards.activity();
		String learnerName = accounts.account(awards.learnerId()).displayName();
		String provider = provider();
		List<CertificateContent.CreditLine> lines = awards.lines().stream().map(l -> creditLine(l, activity, provider))
				.toList();
		boolean ipce = awards.lines().stream().anyMatch(l -> IPCE.equals(l.type().code()));
		String accreditation = activity.accreditationStatement() == null || activity.accreditationStatement().isBlank()
				? CertificateWording.defaultAccreditation(provider)
				: activity.accreditationStatement();
		String template = awards.outcome() == ClaimOutcome.PARTICIPATION
				? CertificateTemplate.PARTICIPATION
				: CertificateTemplate.DEFAULT;
		String code = CertificateNumbers.newCode();
		String number = nextNumber();
		CertificateContent content = new CertificateContent(learnerName, activity.title(), activity.format().label(),
				CertificateWording.activityDates(activity.releaseDate(), activity.expiryDate()),
				ProviderCalendar.dateOf(awards.completedAt()), provider, lines, accreditation,
				ipce ? CertificateWording.jointAccreditation(provider) : null, number, verificationUrl(code));
		Certificate certificate = new Certificate(number, code, awards.claimId(), true, awards.learnerId(),
				awards.enrollmentId(), awards.activityId(), awards.versionNo(), template, JSON.toJson(content),
				Instant.now(clock), awards.actorEmail(), null);
		em.persist(certificate);
		em.flush();
		audit.record(awards.actorEmail(), "CERTIFICATE_ISSUED", RECORD, certificate.id(),
				number + " for claim " + awards.claimId());
	}

	/** A learner's certificates, newest first. */
	public List<CertificateSummary> mine(long learnerId) {
		return summaries(
				em.createQuery("SELECT c FROM Certificate c WHERE c.learnerId = :l ORDER BY c.issuedAt DESC, c.id DESC",
						Certificate.class).setParameter("l", learnerId).getResultList());
	}

	/** The current (not superseded) certificate of a claim, if issued. */
	public Optional<CertificateSummary> ofClaim(long claimId) {
		return em
				.createQuery("SELECT c FROM Certificate c WHERE c.claimId = :claim ORDER BY c.id DESC",
						Certificate.class)
				.setParameter("claim", claimId).setMaxResults(1).getResultStream().findFirst().map(this::summary);
	}

	/** A certificate by number, for its owner or an administrator. */
	public CertificateSummary get(AuthenticatedAccount caller, String number) {
		return summary(readable(caller, number));
	}

	/** The PDF (PDF/A-2b) of a certificate, for its owner or an administrator. */
	public byte[] pdf(AuthenticatedAccount caller, String number) {
		Certificate certificate = readable(caller, number);
		return CertificateFiles.read(certificate.verificationCode())
				.orElseGet(() -> renderers.renderer().render(content(certificate), certificate.template()));
	}

	/**
	 * Renders an issued certificate's PDF once and keeps it (a bulk issue does, so
	 * that the downloads after a session are not each rendered again).
	 */
	public void keepPdf(String number) {
		Certificate certificate = byNumber(number);
		if (!CertificateFiles.exists(certificate.verificationCode())) {
			CertificateFiles.write(certificate.verificationCode(),
					renderers.renderer().render(content(certificate), certificate.template()));
		}
	}

	/**
	 * The public verification of a code. Unknown codes count against the client
	 * address ({@link VerificationGuesses}).
	 *
	 * @throws RecordNotFoundException
	 *             for an unknown code
	 * @throws TooManyGuessesException
	 *             when the address guessed too often
	 */
	public Verification verify(String code, String clientAddress) {
		var wait = guesses.waitFor(clientAddress);
		if (!wait.isZero()) {
			throw new TooManyGuessesException(wait);
		}
		Optional<Certificate> found = CertificateNumbers.isCode(code)
				? em.createQuery("SELECT c FROM Certificate c WHERE c.verificationCode = :code", Certificate.class)
						.setParameter("code", code).getResultStream().findFirst()
				: Optional.empty();
		if (found.isEmpty()) {
			guesses.miss(clientAddress);
			throw new RecordNotFoundException("No such certificate.");
		}
		Certificate c = found.get();
		CertificateSummary s = summary(c);
		String currentCode = s.status() == CertificateStatus.SUPERSEDED ? current(c).verificationCode() : null;
		return new Verification(s.number(), s.learnerName(), s.activityTitle(), s.formatLabel(), s.credits(),
				s.completionDate(), s.issuedAt(), s.status(), s.revokedAt(), currentCode);
	}

	/** An administrator revokes a certificate with a reason; it stays on record. */
	public CertificateSummary revoke(AuthenticatedAccount admin, String number, String reason) {
		requireAdmin(admin);
		Certificate certificate = byNumber(number);
		if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
			throw new InvalidInputException("Say why the certificate is revoked.",
					Map.of("reason", "Give a reason of at most 1000 characters."));
		}
		if (em.find(CertificateRevocation.class, certificate.id()) != null) {
			throw new InvalidInputException("This certificate was revoked already.",
					Map.of("reason", "Certificate " + number + " is revoked already."));
		}
		em.persist(new CertificateRevocation(certificate.id(), Instant.now(clock), admin.email(), reason.strip()));
		em.flush();
		audit.record(admin.email(), "CERTIFICATE_REVOKED", RECORD, certificate.id(), number + ": " + reason.strip());
		return summary(certificate);
	}

	/**
	 * An administrator reissues a certificate: a new number and code, the claim's
	 * current awards (after any correction), the old one marked superseded.
	 */
	public CertificateSummary reissue(AuthenticatedAccount admin, String number) {
		requireAdmin(admin);
		Certificate old = byNumber(number);
		if (isSuperseded(old)) {
			throw new InvalidInputException("This certificate was reissued already.",
					Map.of("number", "Reissue the current certificate, " + current(old).number() + "."));
		}
		CertificateContent was = content(old);
		ClaimSummary claim = claims.claimById(old.claimId());
		Map<String, CertificateContent.CreditLine> printed = was.credits().stream()
				.collect(Collectors.toMap(CertificateContent.CreditLine::creditTypeName, l -> l, (a, b) -> a));
		List<CertificateContent.CreditLine> lines = claim.lines().stream().map(l -> {
			CertificateContent.CreditLine before = printed.get(l.type().name());
			String statement = before != null ? before.designationStatement() : l.type().designationStatement();
			return new CertificateContent.CreditLine(l.type().name(), l.amount(), l.type().unitLabel(), statement);
		}).toList();
		String code = CertificateNumbers.newCode();
		String newNumber = nextNumber();
		CertificateContent content = new CertificateContent(was.learnerName(), was.activityTitle(), was.formatLabel(),
				was.activityDates(), was.completionDate(), was.providerName(), lines, was.accreditationStatement(),
				was.ipceStatement(), newNumber, verificationUrl(code));
		Certificate reissued = new Certificate(newNumber, code, old.claimId(), false, old.learnerId(),
				old.enrollmentId(), old.activityId(), old.versionNo(), old.template(), JSON.toJson(content),
				Instant.now(clock), admin.email(), old.id());
		em.persist(reissued);
		em.flush();
		audit.record(admin.email(), "CERTIFICATE_REISSUED", RECORD, reissued.id(), newNumber + " supersedes " + number);
		return summary(reissued);
	}

	/**
	 * Certificates whose number or learner e-mail contains {@code query}, for
	 * administrators.
	 */
	public List<CertificateSummary> find(AuthenticatedAccount admin, String query, int max) {
		requireAdmin(admin);
		String q = query == null ? "" : query.strip();
		if (q.isEmpty()) {
			return summaries(
					em.createQuery("SELECT c FROM Certificate c ORDER BY c.issuedAt DESC, c.id DESC", Certificate.class)
							.setMaxResults(max).getResultList());
		}
		List<Long> learners = accounts.findByEmail(q).map(a -> List.of(a.id())).orElse(List.of());
		return summaries(em
				.createQuery("SELECT c FROM Certificate c WHERE UPPER(c.number) LIKE :q OR c.learnerId IN :learners"
						+ " ORDER BY c.issuedAt DESC, c.id DESC", Certificate.class)
				.setParameter("q", "%" + q.toUpperCase() + "%")
				.setParameter("learners", learners.isEmpty() ? List.of(-1L) : learners).setMaxResults(max)
				.getResultList());
	}

	private CertificateContent.CreditLine creditLine(AwardLine line, ActivitySpec activity, String provider) {
		BigDecimal maximum = activity.creditDesignations().stream()
				.filter(d -> d.creditType().equals(line.type().code())).map(CreditDesignationSpec::amount).findFirst()
				.orElseGet(() -> activity.creditDesignations().stream().map(CreditDesignationSpec::amount)
						.max(BigDecimal::compareTo).orElse(line.amount()));
		return new CertificateContent.CreditLine(line.type().name(), line.amount(), line.type().unitLabel(),
				CertificateWording.designation(line.type().designationStatement(), provider, activity.format(),
						maximum));
	}

	/**
	 * The year's next number; the counter row is locked until the transaction ends.
	 */
	private String nextNumber() {
		int year = ProviderCalendar.today(clock).getYear();
		return CertificateNumbers.number(year, counters.next(year));
	}

	private Certificate readable(AuthenticatedAccount caller, String number) {
		Certificate certificate = byNumber(number);
		if (certificate.learnerId() != caller.id() && !caller.roles().contains(Role.ADMIN)) {
			throw new NotPermittedException("A certificate is its learner's; only they and administrators read it.");
		}
		return certificate;
	}

	private Certificate byNumber(String number) {
		return em.createQuery("SELECT c FROM Certificate c WHERE c.number = :n", Certificate.class)
				.setParameter("n", number == null ? "" : number.strip().toUpperCase()).getResultStream().findFirst()
				.orElseThrow(() -> new RecordNotFoundException("No certificate has the number " + number + "."));
	}

	private boolean isSuperseded(Certificate c) {
		return !em.createQuery("SELECT n.id FROM Certificate n WHERE n.supersedes = :id", Long.class)
				.setParameter("id", c.id()).getResultList().isEmpty();
	}

	private Certificate current(Certificate c) {
		Certificate at = c;
		for (int i = 0; i < 1000; i++) {
			List<Certificate> next = em
					.createQuery("SELECT n FROM Certificate n WHERE n.supersedes = :id", Certificate.class)
					.setParameter("id", at.id()).getResultList();
			if (next.isEmpty()) {
				return at;
			}
			at = next.get(0);
		}
		return at;
	}

	private CertificateSummary summary(Certificate c) {
		return summary(c, em.find(CertificateRevocation.class, c.id()), isSuperseded(c) ? current(c).number() : null);
	}

	/**
	 * The summaries of a list of certificates, in its order: their revocations and
	 * successors in two queries, whatever their number (the chain to the current
	 * certificate is followed only for a superseded one).
	 */
	private List<CertificateSummary> summaries(List<Certificate> certificates) {
		if (certificates.isEmpty()) {
			return List.of();
		}
		List<Long> ids = certificates.stream().map(Certificate::id).toList();
		Map<Long, CertificateRevocation> revocations = new HashMap<>();
		for (CertificateRevocation r : em
				.createQuery("SELECT r FROM CertificateRevocation r WHERE r.certificateId IN :ids",
						CertificateRevocation.class)
				.setParameter("ids", ids).getResultList()) {
			revocations.put(r.certificateId(), r);
		}
		Set<Long> superseded = new HashSet<>(
				em.createQuery("SELECT n.supersedes FROM Certificate n WHERE n.supersedes IN :ids", Long.class)
						.setParameter("ids", ids).getResultList());
		return certificates.stream()
				.map(c -> summary(c, revocations.get(c.id()), superseded.contains(c.id()) ? current(c).number() : null))
				.toList();
	}

	private CertificateSummary summary(Certificate c, CertificateRevocation revocation, String supersededBy) {
		CertificateContent content = content(c);
		CertificateStatus status = revocation != null
				? CertificateStatus.REVOKED
				: supersededBy != null ? CertificateStatus.SUPERSEDED : CertificateStatus.VALID;
		List<CertificateSummary.CreditShown> credits = content.credits().stream()
				.map(l -> new CertificateSummary.CreditShown(l.creditTypeName(), l.amount(), l.unitLabel())).toList();
		return new CertificateSummary(c.number(), c.verificationCode(), c.learnerId(), content.learnerName(),
				c.claimId(), c.enrollmentId(), content.activityTitle(), content.formatLabel(), content.completionDate(),
				c.issuedAt(), status, revocation == null ? null : revocation.revokedAt(),
				revocation == null ? null : revocation.reason(), supersededBy, credits);
	}

	private static CertificateContent content(Certificate c) {
		return JSON.fromJson(c.contentJson(), CertificateContent.class);
	}

	private static void requireAdmin(AuthenticatedAccount actor) {
		if (!actor.roles().contains(Role.ADMIN)) {
			throw new NotPermittedException("Only administrators revoke, reissue and search certificates.");
		}
	}

	static String provider() {
		return System.getProperty(PROVIDER_PROPERTY, "OpenCME Continuing Education");
	}

	static String verificationUrl(String code) {
		String base = System.getProperty("opencme.base.url", "http://localhost:8080");
		return base.replaceAll("/+$", "") + "/verify/" + code;
	}
}
