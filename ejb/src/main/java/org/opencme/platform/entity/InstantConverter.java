package org.opencme.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as a UTC {@code TIMESTAMP WITH TIME ZONE}; JPA
 * 3.1 has no Instant mapping.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

	@Override
	public OffsetDateTime convertToDatabaseColumn(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	@Override
	public Instant convertToEntityAttribute(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}
}
