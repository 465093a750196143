package org.opencme.claim.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One refusal: the input field it concerns (see {@link ClaimFields} and
 * {@link ReportingRequirements} for the names) and a sentence a person
 * understands, shown on the page beside the field and in the problem JSON.
 */
public record FieldProblem(String field, String sentence) {

	public FieldProblem {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(sentence, "sentence");
	}

	/**
	 * The problems as {@code DomainException.fieldErrors()} wants them: field →
	 * sentence, in the order found; two sentences about one field are joined.
	 */
	public static Map<String, String> asMap(List<FieldProblem> problems) {
		Map<String, String> map = new LinkedHashMap<>();
		for (FieldProblem p : problems) {
			map.merge(p.field(), p.sentence(), (a, b) -> a + " " + b);
		}
		return Collections.unmodifiableMap(map);
	}
}
