package org.opencme.catalog.boundary;

import java.time.Instant;
import org.opencme.catalog.entity.SynonymRule;

/** A synonym rule an administrator added, and whether it is still in use. */
public record SynonymRuleView(long id, String rule, String addedBy, Instant addedAt, String removedBy,
		Instant removedAt, boolean active) {

	static SynonymRuleView of(SynonymRule rule) {
		return new SynonymRuleView(rule.id(), rule.ruleText(), rule.addedBy(), rule.addedAt(), rule.removedBy(),
				rule.removedAt(), rule.active());
	}
}
