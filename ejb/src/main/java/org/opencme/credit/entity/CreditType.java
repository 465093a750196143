package org.opencme.credit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A kind of credit (AMA PRA Category 1, ANCC contact hours, ...): its claim
 * increment, which professions may receive it, whether evaluation time counts,
 * optional components and the designation statement, whose placeholders
 * [provider], [format] and [n] are filled per activity.
 */
@Entity
@Table(name = "credit_type")
public class CreditType {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credit_type_seq")
	@SequenceGenerator(name = "credit_type_seq", sequenceName = "credit_type_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 40)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "unit_label", nullable = false, length = 60)
	private String unitLabel;

	@Column(name = "claim_increment", nullable = false, precision = 6, scale = 2)
	private BigDecimal claimIncrement;

	@Column(name = "eligible_professions", length = 200)
	private String eligibleProfessions;

	@Column(name = "evaluation_time_counts", nullable = false)
	private boolean evaluationTimeCounts;

	@Column(length = 200)
	private String components;

	@Column(name = "designation_statement", nullable = false, length = 4000)
	private String designationStatement;

	@Column(nullable = false)
	private boolean active;

	@Version
	@Column(name = "row_version", nullable = false)
	private long version;

	protected CreditType() {
	}

	public Long id() {
		return id;
	}

	public String code() {
		return code;
	}

	public String name() {
		return name;
	}

	public String unitLabel() {
		return unitLabel;
	}

	public BigDecimal claimIncrement() {
		return claimIncrement;
	}

	/** Professions that may receive this credit; empty means every profession. */
	public Set<String> eligibleProfessions() {
		if (eligibleProfessions == null || eligibleProfessions.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(eligibleProfessions.split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet());
	}

	public boolean evaluationTimeCounts() {
		return evaluationTimeCounts;
	}

	public String components() {
		return components;
	}

	public String designationStatement() {
		return designationStatement;
	}

	public boolean isActive() {
		return active;
	}
}
