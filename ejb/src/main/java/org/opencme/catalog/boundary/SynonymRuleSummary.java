package org.opencme.catalog.boundary;

import java.time.Instant;
import org.opencme.catalog.entity.SynonymRule;

/** A synonym rule an administrator added, and whether it is still in use. */
public record SynonymRuleSummary(long id, String rule, String addedBy, Instant addedAt, String removedBy,
		Instant removedAt, boolean active) {

	static SynonymRuleSummary of(SynonymRule rule) {
		return new SynonymRuleSummary(rule.id(), rule.ruleText(), rule.addedBy(), rule.addedAt(), rule.removedBy(),
				rule.removedAt(), rule.active());
	}
}
