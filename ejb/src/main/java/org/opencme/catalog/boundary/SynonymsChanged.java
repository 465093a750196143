package org.opencme.catalog.boundary;

/** An administrator added or removed a synonym rule. */
public record SynonymsChanged(long ruleId) {
}
