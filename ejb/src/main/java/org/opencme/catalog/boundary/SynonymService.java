package org.opencme.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.catalog.entity.SynonymRule;
import org.opencme.content.search.InvalidSynonymRulesException;
import org.opencme.content.search.SynonymRules;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.Role;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.NotPermittedException;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * Administrators extend the shipped medical synonym list. A rule is checked
 * with the query analyzer's own parser before it is stored, and applies to
 * every search once the transaction commits ({@link SynonymsChanged}); no
 * reindex is needed because synonyms are applied at query time.
 */
@Stateless
public class SynonymService {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	AuditLog audit;

	@Inject
	Clock clock;

	@Inject
	Event<SynonymsChanged> changed;

	/** The shipped list, as its file reads. */
	public String shipped() {
		return SynonymRules.shipped();
	}

	/** Every added rule, newest first, removed ones included. */
	public List<SynonymRuleSummary> rules() {
		return em.createNamedQuery(SynonymRule.ALL, SynonymRule.class).getResultList().stream()
				.map(SynonymRuleSummary::of).toList();
	}

	/**
	 * @throws InvalidInputException
	 *             (field {@code rule}) when the rule does not parse or is in use
	 *             already
	 * @throws NotPermittedException
	 *             unless {@code admin} is an administrator
	 */
	/** The {@code synonym_rule.rule_text} column. */
	public static final int MAX_RULE = 500;

	public SynonymRuleSummary add(AuthenticatedAccount admin, String rule) {
		String actor = administrator(admin);
		try {
			SynonymRules.check(rule);
		} catch (InvalidSynonymRulesException e) {
			throw invalid(e.getMessage());
		}
		String normalised = rule.strip();
		if (normalised.length() > MAX_RULE) {
			throw invalid("A rule has at most " + MAX_RULE + " characters.");
		}
		boolean inUse = em.createNamedQuery(SynonymRule.ACTIVE, SynonymRule.class).getResultList().stream()
				.anyMatch(r -> r.ruleText().toLowerCase(Locale.ROOT).equals(normalised.toLowerCase(Locale.ROOT)));
		if (inUse) {
			throw invalid("This rule is in use already.");
		}
		SynonymRule stored = new SynonymRule(normalised, actor, Instant.now(clock));
		em.persist(stored);
		em.flush();
		audit.record(actor, "SYNONYM_ADDED", "SynonymRule", stored.id(), normalised);
		changed.fire(new SynonymsChanged(stored.id()));
		return SynonymRuleSummary.of(stored);
	}

	/** Takes a rule out of use; the row stays, stamped with who and when. */
	public SynonymRuleSummary remove(AuthenticatedAccount admin, long ruleId) {
		String actor = administrator(admin);
		SynonymRule rule = em.find(SynonymRule.class, ruleId);
		if (rule == null) {
			throw new RecordNotFoundException("Synonym rule", ruleId);
		}
		if (!rule.active()) {
			throw invalid("This rule was removed already, by " + rule.removedBy() + ".");
		}
		rule.remove(actor, Instant.now(clock));
		audit.record(actor, "SYNONYM_REMOVED", "SynonymRule", ruleId, rule.ruleText());
		changed.fire(new SynonymsChanged(ruleId));
		return SynonymRuleSummary.of(rule);
	}

	/** The administrator's e-mail, for the record; anyone else is refused. */
	static String administrator(AuthenticatedAccount actor) {
		if (!actor.roles().contains(Role.ADMIN)) {
			throw new NotPermittedException("Only administrators change the search index and its synonyms.");
		}
		return actor.email();
	}

	private static InvalidInputException invalid(String why) {
		return new InvalidInputException(why, Map.of("rule", why));
	}
}
