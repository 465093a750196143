package org.opencme.claim.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencme.certification.entity.Certificate;
import org.opencme.certification.entity.CertificateRevocation;
import org.opencme.claim.boundary.ClaimOutcome;
import org.opencme.claim.control.LedgerEntry;

/**
 * Records that matter are never overwritten: every column of the ledger, the
 * claims and the certificates is insert-only, no setter exists, and an update
 * or a removal the provider attempts fails in the entity's own callback.
 */
class LedgerImmutabilityTest {

	private static final List<Class<?>> RECORDS = List.of(CreditAward.class, CreditClaim.class, Certificate.class,
			CertificateRevocation.class);

	@Test
	void everyColumnIsInsertOnlyAndNothingHasASetter() {
		for (Class<?> type : RECORDS) {
			for (Field f : type.getDeclaredFields()) {
				Column column = f.getAnnotation(Column.class);
				if (column != null && f.getAnnotation(Id.class) == null) {
					assertTrue(!column.updatable(), type.getSimpleName() + "." + f.getName() + " is updatable");
				}
			}
			assertTrue(Arrays.stream(type.getMethods()).noneMatch(m -> m.getName().startsWith("set")),
					type.getSimpleName() + " has a setter");
		}
	}

	@Test
	void anUpdateOrARemovalFailsInTheEntity() throws Exception {
		CreditAward award = new CreditAward(new LedgerEntry(null, 1, 2, 3, 4, 1, "AMA_PRA_1", new BigDecimal("1.25"),
				LocalDate.of(2026, 12, 1), 1, Instant.EPOCH, null, null), true);
		CreditClaim claim = new CreditClaim(2, 1, 4, 1, ClaimOutcome.CREDIT, Instant.EPOCH, Instant.EPOCH);
		for (Object record : List.of(award, claim)) {
			int callbacks = 0;
			for (Method m : record.getClass().getDeclaredMethods()) {
				if (m.isAnnotationPresent(PreUpdate.class) || m.isAnnotationPresent(PreRemove.class)) {
					assertTrue(m.isAnnotationPresent(PreUpdate.class) && m.isAnnotationPresent(PreRemove.class));
					assertTrue(!Modifier.isStatic(m.getModifiers()));
					m.setAccessible(true);
					Method callback = m;
					var thrown = assertThrows(java.lang.reflect.InvocationTargetException.class,
							() -> callback.invoke(record));
					assertEquals(IllegalStateException.class, thrown.getCause().getClass());
					callbacks++;
				}
			}
			assertEquals(1, callbacks, record.getClass().getSimpleName());
		}
	}

	@Test
	void aLearnersAwardIsKeyedByEnrolmentAndTypeACorrectionIsNot() throws Exception {
		LedgerEntry entry = new LedgerEntry(null, 1, 2, 3, 4, 1, "AMA_PRA_1", new BigDecimal("1.25"),
				LocalDate.of(2026, 12, 1), 1, Instant.EPOCH, null, null);
		Field key = CreditAward.class.getDeclaredField("firstAwardKey");
		key.setAccessible(true);
		assertEquals("2:AMA_PRA_1", key.get(new CreditAward(entry, true)));
		assertEquals(null, key.get(new CreditAward(entry, false)));
	}
}
