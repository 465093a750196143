package org.opencme.content.pkg;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Typed, forgiving access to one JSON object of the manifest. A missing field
 * gives {@code null} (or an empty list) without a problem, because whether it
 * is required is the validator's call; a field of the wrong type, an unknown
 * enum constant or a malformed date gives {@code null} and records a problem at
 * the field's path.
 */
final class JsonFields {

	private final JsonObject object;
	private final String path;
	private final List<PackageProblem> problems;

	JsonFields(JsonObject object, String path, List<PackageProblem> problems) {
		this.object = object;
		this.path = path;
		this.problems = problems;
	}

	String path(String field) {
		return path.isEmpty() ? field : path + "." + field;
	}

	/**
	 * The same object reported under another path, e.g. a module named by its key
	 * rather than its index.
	 */
	JsonFields at(String newPath) {
		return new JsonFields(object, newPath, problems);
	}

	boolean has(String field) {
		return present(field) != null;
	}

	String string(String field) {
		JsonValue value = present(field);
		if (value == null) {
			return null;
		}
		if (value instanceof JsonString string) {
			return string.getString();
		}
		return wrongType(field, "a string");
	}

	Integer integer(String field) {
		JsonValue value = present(field);
		if (value == null) {
			return null;
		}
		if (value instanceof JsonNumber number && number.isIntegral()) {
			try {
				return number.intValueExact();
			} catch (ArithmeticException e) {
				return wrongType(field, "a whole number in range");
			}
		}
		return wrongType(field, "a whole number");
	}

	Long longValue(String field) {
		JsonValue value = present(field);
		if (value == null) {
			return null;
		}
		if (value instanceof JsonNumber number && number.isIntegral()) {
			try {
				return number.longValueExact();
			} catch (ArithmeticException e) {
				return wrongType(field, "a whole number in range");
			}
		}
		return wrongType(field, "a whole number");
	}

	boolean bool(String field, boolean whenMissing) {
		JsonValue value = present(field);
		if (value == null) {
			return whenMissing;
		}
		if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
			return value == JsonValue.TRUE;
		}
		wrongType(field, "true or false");
		return whenMissing;
	}

	/**
	 * A decimal written as a string ({@code "1.25"}) as the format asks, or
	 * leniently as a JSON number.
	 */
	BigDecimal decimal(String field) {
		JsonValue value = present(field);
		if (value instanceof JsonNumber number) {
			return number.bigDecimalValue();
		}
		String text = string(field);
		try {
			return text == null ? null : new BigDecimal(text.strip());
		} catch (NumberFormatException e) {
			return wrongType(field, "a decimal number such as \"1.25\"");
		}
	}

	LocalDate date(String field) {
		String text = string(field);
		try {
			return text == null ? null : LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			return wrongType(field, "a date as YYYY-MM-DD");
		}
	}

	<E extends Enum<E>> E enumValue(String field, Class<E> type) {
		return constant(string(field), type, path(field));
	}

	List<String> strings(String field) {
		return list(field, JsonString.class, "a string", JsonString::getString);
	}

	<E extends Enum<E>> List<E> enums(String field, Class<E> type) {
		List<E> values = new ArrayList<>();
		List<String> names = strings(field);
		for (int i = 0; i < names.size(); i++) {
			E value = constant(names.get(i), type, path(field) + "[" + i + "]");
			if (value != null) {
				values.add(value);
			}
		}
		return values;
	}

	/** The field as an object, or {@code null} when missing or not an object. */
	JsonFields object(String field) {
		JsonValue value = present(field);
		if (value == null) {
			return null;
		}
		if (value instanceof JsonObject nested) {
			return new JsonFields(nested, path(field), problems);
		}
		return wrongType(field, "an object");
	}

	/**
	 * The object elements of an array field, each with its indexed path; other
	 * elements are problems.
	 */
	List<JsonFields> objects(String field) {
		JsonArray array = array(field);
		List<JsonFields> result = new ArrayList<>();
		for (int i = 0; array != null && i < array.size(); i++) {
			String elementPath = path(field) + "[" + i + "]";
			if (array.get(i) instanceof JsonObject element) {
				result.add(new JsonFields(element, elementPath, problems));
			} else {
				problems.add(new PackageProblem(elementPath, "must be an object"));
			}
		}
		return result;
	}

	private <T extends JsonValue, R> List<R> list(String field, Class<T> type, String expected,
			Function<T, R> convert) {
		JsonArray array = array(field);
		List<R> result = new ArrayList<>();
		for (int i = 0; array != null && i < array.size(); i++) {
			JsonValue element = array.get(i);
			if (type.isInstance(element)) {
				result.add(convert.apply(type.cast(element)));
			} else {
				problems.add(new PackageProblem(path(field) + "[" + i + "]", "must be " + expected));
			}
		}
		return result;
	}

	private JsonArray array(String field) {
		JsonValue value = present(field);
		if (value == null) {
			return null;
		}
		if (value instanceof JsonArray array) {
			return array;
		}
		return wrongType(field, "an array");
	}

	private <E extends Enum<E>> E constant(String name, Class<E> type, String at) {
		if (name == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, name);
		} catch (IllegalArgumentException e) {
			problems.add(new PackageProblem(at,
					"unknown value \"" + name + "\"; expected one of " + Arrays.toString(type.getEnumConstants())));
			return null;
		}
	}

	private JsonValue present(String field) {
		JsonValue value = object.get(field);
		return value == null || value == JsonValue.NULL ? null : value;
	}

	private <T> T wrongType(String field, String expected) {
		problems.add(new PackageProblem(path(field), "must be " + expected));
		return null;
	}
}
