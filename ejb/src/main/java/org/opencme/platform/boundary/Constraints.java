package org.opencme.platform.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where Bean Validation violations of a request record become an
 * {@link InvalidInputException}: each field (its property path, e.g.
 * {@code licences[0].state}) with its message, in the order the record declares
 * its components, so a page and the API list the problems as the form shows the
 * fields. Several constraints of one field that say the same thing are reported
 * once; different messages are joined with "; ".
 */
public final class Constraints {

	private Constraints() {
	}

	/**
	 * Validates {@code input} and throws, with {@code message} as the summary, when
	 * any constraint is broken.
	 */
	public static <T> void check(Validator validator, T input, String message, Class<?>... groups) {
		Map<String, String> errors = fieldErrors(input.getClass(), validator.validate(input, groups));
		if (!errors.isEmpty()) {
			throw new InvalidInputException(message, errors);
		}
	}

	/**
	 * The violations as field → message, ordered by the components of the root
	 * record.
	 */
	public static Map<String, String> fieldErrors(Class<?> root, Set<? extends ConstraintViolation<?>> violations) {
		List<? extends ConstraintViolation<?>> sorted = new ArrayList<>(violations);
		sorted.sort(Comparator
				.comparing((ConstraintViolation<?> v) -> position(root, v.getPropertyPath()), Constraints::compare)
				.thenComparing(v -> v.getPropertyPath().toString()));
		Map<String, String> errors = new LinkedHashMap<>();
		for (ConstraintViolation<?> v : sorted) {
			errors.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a.equals(b) ? a : a + "; " + b);
		}
		return errors;
	}

	/**
	 * Where a path points in declaration order: for each step the list index (if
	 * any) and the component's position in its record.
	 */
	private static List<Integer> position(Class<?> root, Path path) {
		List<Integer> key = new ArrayList<>();
		Type type = root;
		for (Path.Node node : path) {
			if (node.getIndex() != null) {
				key.add(node.getIndex());
			}
			if (node.getName() == null) {
				continue;
			}
			Class<?> owner = type instanceof Class<?> c ? c : null;
			RecordComponent[] components = owner == null ? null : owner.getRecordComponents();
			int at = Integer.MAX_VALUE;
			type = null;
			for (int i = 0; components != null && i < components.length; i++) {
				if (components[i].getName().equals(node.getName())) {
					at = i;
					type = elementType(components[i]);
				}
			}
			key.add(at);
		}
		return key;
	}

	private static Type elementType(RecordComponent component) {
		if (Collection.class.isAssignableFrom(component.getType())
				&& component.getGenericType() instanceof ParameterizedType p) {
			return p.getActualTypeArguments()[0];
		}
		return component.getType();
	}

	private static int compare(List<Integer> a, List<Integer> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = Integer.compare(a.get(i), b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}
}
