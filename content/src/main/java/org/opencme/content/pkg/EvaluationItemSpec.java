package org.opencme.content.pkg;

/**
 * One evaluation item; {@code key} is unique within its evaluation and names
 * the answer in reports.
 */
public record EvaluationItemSpec(String key, EvaluationItemType type, String text) {
}
