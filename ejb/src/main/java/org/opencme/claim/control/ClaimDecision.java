package org.opencme.claim.control;

import java.util.List;
import java.util.Map;
import org.opencme.platform.boundary.InvalidInputException;

/**
 * The answer to a claim: all lines accepted, or every refusal. A claim is all
 * or nothing, so when {@link #refusals()} is not empty {@link #accepted()} is.
 */
public record ClaimDecision(List<AcceptedCredit> accepted, List<FieldProblem> refusals) {

	public ClaimDecision {
		refusals = List.copyOf(refusals);
		accepted = refusals.isEmpty() ? List.copyOf(accepted) : List.of();
	}

	public boolean isAccepted() {
		return refusals.isEmpty();
	}

	/**
	 * The refusals as field → sentence, for {@code DomainException.fieldErrors()}.
	 */
	public Map<String, String> fieldErrors() {
		return FieldProblem.asMap(refusals);
	}

	/**
	 * The accepted lines, or an {@link InvalidInputException} naming every refused
	 * field (its message is the one sentence, or how many problems there are).
	 */
	public List<AcceptedCredit> acceptedOrThrow() {
		if (isAccepted()) {
			return accepted;
		}
		String message = refusals.size() == 1
				? refusals.get(0).sentence()
				: "The claim has " + refusals.size() + " problems; each is named with its field.";
		throw new InvalidInputException(message, fieldErrors());
	}
}
