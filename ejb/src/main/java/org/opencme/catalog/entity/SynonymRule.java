package org.opencme.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A synonym rule an administrator added to the shipped list (Solr format, one
 * line). The text never changes; removal is stamped with who and when, so the
 * history of what searches understood stays readable.
 */
@Entity
@Table(name = "synonym_rule")
@NamedQuery(name = SynonymRule.ALL, query = "SELECT r FROM SynonymRule r ORDER BY r.addedAt DESC, r.id DESC")
@NamedQuery(name = SynonymRule.ACTIVE, query = "SELECT r FROM SynonymRule r WHERE r.removedAt IS NULL ORDER BY r.id")
public class SynonymRule {

	public static final String ALL = "SynonymRule.all";
	public static final String ACTIVE = "SynonymRule.active";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "synonym_rule_seq")
	@SequenceGenerator(name = "synonym_rule_seq", sequenceName = "synonym_rule_seq", allocationSize = 50)
	private Long id;

	@Column(name = "rule_text", nullable = false, updatable = false, length = 500)
	private String ruleText;

	@Column(name = "added_by", nullable = false, updatable = false, length = 254)
	private String addedBy;

	@Column(name = "added_at", nullable = false, updatable = false)
	private Instant addedAt;

	@Column(name = "removed_by", length = 254)
	private String removedBy;

	@Column(name = "removed_at")
	private Instant removedAt;

	protected SynonymRule() {
	}

	public SynonymRule(String ruleText, String addedBy, Instant addedAt) {
		this.ruleText = Objects.requireNonNull(ruleText).strip();
		this.addedBy = Objects.requireNonNull(addedBy);
		this.addedAt = Objects.requireNonNull(addedAt);
	}

	/** Takes the rule out of use; a rule is removed once. */
	public void remove(String actor, Instant at) {
		if (removedAt != null) {
			throw new IllegalStateException("synonym rule " + id + " was already removed");
		}
		removedBy = Objects.requireNonNull(actor);
		removedAt = Objects.requireNonNull(at);
	}

	public boolean active() {
		return removedAt == null;
	}

	public Long id() {
		return id;
	}

	public String ruleText() {
		return ruleText;
	}

	public String addedBy() {
		return addedBy;
	}

	public Instant addedAt() {
		return addedAt;
	}

	public String removedBy() {
		return removedBy;
	}

	public Instant removedAt() {
		return removedAt;
	}
}
