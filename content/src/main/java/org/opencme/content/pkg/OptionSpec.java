package org.opencme.content.pkg;

/** One answer option; {@code key} is unique within its question. */
public record OptionSpec(String key, String text, boolean correct) {
}
