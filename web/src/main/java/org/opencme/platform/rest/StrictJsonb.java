package org.opencme.platform.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * The API's JSON-B: request values must have the JSON type of their field and
 * fit it exactly. Yasson's defaults read {@code 4294967326} into an
 * {@code Integer} as 30 (Parsson's {@code getInt()} keeps the low 32 bits),
 * {@code 30.9} as 30, {@code 1e30} into a {@code Long} as a wrong 19-digit
 * number, {@code "yes"} into a {@code Boolean} as false and {@code 5} into a
 * {@code String} as "5". Here each of those is a {@link JsonbException} naming
 * the property, which {@link ProblemMappers} answers with a 400 problem.
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

	private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(new StrictInteger(),
			new StrictLong(), new StrictBoolean(), new StrictString()));

	@Override
	public Jsonb getContext(Class<?> type) {
		return JSONB;
	}

	static BigDecimal wholeNumber(JsonValue value, String range) {
		if (value instanceof JsonNumber number) {
			BigDecimal exact = number.bigDecimalValue();
			if (exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0) {
				return exact;
			}
		}
		throw new JsonbException("must be a whole number from " + range);
	}

	/**
	 * A JSON {@code null} stays null; any other value goes to {@link #convert},
	 * which refuses what does not fit. Each subclass names
	 * {@code JsonbDeserializer<T>} again, so the target type is on the class's own
	 * interfaces, where JSON-B looks for it.
	 */
	abstract static class Strict<T> implements JsonbDeserializer<T> {
		@Override
		public T deserialize(JsonParser parser, DeserializationContext context, Type type) {
			JsonValue value = parser.getValue();
			return value == JsonValue.NULL ? null : convert(value);
		}

		abstract T convert(JsonValue value);
	}

	/** Whole numbers in the {@code int} range, nothing else. */
	public static class StrictInteger extends Strict<Integer> implements JsonbDeserializer<Integer> {
		private static final String RANGE = Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;

		@Override
		Integer convert(JsonValue value) {
			try {
				return wholeNumber(value, RANGE).intValueExact();
			} catch (ArithmeticException e) {
				throw new JsonbException("must be a whole number from " + RANGE, e);
			}
		}
	}

	/** Whole numbers in the {@code long} range, nothing else. */
	public static class StrictLong extends Strict<Long> implements JsonbDeserializer<Long> {
		private static final String RANGE = Long.MIN_VALUE + " to " + Long.MAX_VALUE;

		@Override
		Long convert(JsonValue value) {
			try {
				return wholeNumber(value, RANGE).longValueExact();
			} catch (ArithmeticException e) {
				throw new JsonbException("must be a whole number from " + RANGE, e);
			}
		}
	}

	/** {@code true} or {@code false}, not a string or a number. */
	public static class StrictBoolean extends Strict<Boolean> implements JsonbDeserializer<Boolean> {
		@Override
		Boolean convert(JsonValue value) {
			if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
				return value == JsonValue.TRUE;
			}
			throw new JsonbException("must be true or false");
		}
	}

	/** A JSON string, not a number, a boolean, an object or an array. */
	public static class StrictString extends Strict<String> implements JsonbDeserializer<String> {
		@Override
		String convert(JsonValue value) {
			if (value instanceof JsonString string) {
				return string.getString();
			}
			throw new JsonbException("must be a string");
		}
	}
}
