package org.opencme.content.pkg;

import java.time.LocalDate;

/**
 * A faculty member's financial-relationship disclosure as shown to learners
 * before the content ("No relevant financial relationships" is a disclosure
 * too), and the day it was made.
 */
public record DisclosureSpec(String text, LocalDate disclosedOn) {
}
