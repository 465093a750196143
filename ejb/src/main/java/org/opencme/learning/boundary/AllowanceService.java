package org.opencme.learning.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.learning.entity.Allowance;
import org.opencme.learning.entity.AllowanceEntry;
import org.opencme.platform.boundary.Constraints;
import org.opencme.platform.boundary.ProviderCalendar;

/**
 * CME allowances: an administrator grants a budget for a period; enrolling in a
 * paid activity spends it. The balance is the sum of the ledger; a spend that
 * would take it below zero is refused.
 */
@Stateless
public class AllowanceService {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	AuditLog audit;

	@Inject
	Clock clock;

	@Inject
	Validator validator;

	/** An allowance and its balance. */
	public record AllowanceSummary(long id, LocalDate periodStart, LocalDate periodEnd, String currency,
			long balanceMinor, long grantedMinor) {
	}

	/** The largest single grant: $10,000,000.00, far above any CME budget. */
	public static final long MAX_GRANT_MINOR = 1_000_000_000L;

	public AllowanceSummary grant(String actor, long learnerId, LocalDate start, LocalDate end, long amountMinor) {
		Constraints.check(validator, new AllowanceGrant(start, end, amountMinor), "The allowance has errors.");
		Allowance allowance = new Allowance(learnerId, start, end, "USD", Instant.now(clock));
		em.persist(allowance);
		em.flush();
		em.persist(new AllowanceEntry(allowance.id(), amountMinor, AllowanceEntry.Kind.GRANT, null, actor,
				Instant.now(clock)));
		audit.record(actor, "ALLOWANCE_GRANTED", "Allowance", allowance.id(),
				"learner " + learnerId + ": " + amountMinor);
		return view(allowance);
	}

	/**
	 * The allowance in force today, if any. Allowance periods are the accredited
	 * provider's days (ProviderCalendar), the same day {@link #spend} uses, so the
	 * page, the API and a spend never disagree near midnight.
	 */
	public Optional<AllowanceSummary> current(long learnerId) {
		return current(learnerId, ProviderCalendar.today(clock));
	}

	/** The allowance in force on {@code day}, if any. */
	public Optional<AllowanceSummary> current(long learnerId, LocalDate day) {
		return inForce(learnerId, day).map(this::view);
	}

	/**
	 * Spends from the learner's own allowance in force (locked, so two enrolments
	 * at once cannot both spend the last dollars). Refused, with nothing written,
	 * when there is no allowance or too little left. Only the learner spends: the
	 * spender is the allowance's owner by construction.
	 */
	public void spend(AuthenticatedAccount learner, long amountMinor, String reference) {
		String actor = learner.email();
		long learnerId = learner.id();
		LocalDate today = ProviderCalendar.today(clock);
		Allowance allowance = inForce(learnerId, today)
				.orElseThrow(() -> new LearningExceptions.InsufficientAllowanceException(
						"You have no CME allowance for today; ask your administrator."));
		em.lock(allowance, LockModeType.PESSIMISTIC_WRITE);
		long balance = balance(allowance.id());
		if (!Allowance.affords(balance, amountMinor)) {
			throw new LearningExceptions.InsufficientAllowanceException(
					String.format("This activity costs $%.2f but only $%.2f of your allowance is left.",
							amountMinor / 100.0, balance / 100.0));
		}
		em.persist(new AllowanceEntry(allowance.id(), -amountMinor, AllowanceEntry.Kind.SPEND, reference, actor,
				Instant.now(clock)));
	}

	public List<AllowanceEntry> ledger(long allowanceId) {
		return em.createQuery("SELECT e FROM AllowanceEntry e WHERE e.allowanceId = :id ORDER BY e.occurredAt, e.id",
				AllowanceEntry.class).setParameter("id", allowanceId).getResultList();
	}

	/**
	 * The learner's allowance that {@linkplain Allowance#covers covers} the day,
	 * the one ending last when several do. The query only leaves out those ended
	 * before the day; the entity decides.
	 */
	private Optional<Allowance> inForce(long learnerId, LocalDate day) {
		return em
				.createQuery("SELECT a FROM Allowance a WHERE a.learnerId = :learner AND a.periodEnd >= :day"
						+ " ORDER BY a.periodEnd DESC", Allowance.class)
				.setParameter("learner", learnerId).setParameter("day", day).getResultStream()
				.filter(a -> a.covers(day)).findFirst();
	}

	private long balance(long allowanceId) {
		Long sum = em
				.createQuery("SELECT SUM(e.amountMinor) FROM AllowanceEntry e WHERE e.allowanceId = :id", Long.class)
				.setParameter("id", allowanceId).getSingleResult();
		return sum == null ? 0 : sum;
	}

	private AllowanceSummary view(Allowance a) {
		long granted = ledger(a.id()).stream().filter(e -> e.kind() == AllowanceEntry.Kind.GRANT)
				.mapToLong(AllowanceEntry::amountMinor).sum();
		return new AllowanceSummary(a.id(), a.periodStart(), a.periodEnd(), a.currency(), balance(a.id()), granted);
	}
}
