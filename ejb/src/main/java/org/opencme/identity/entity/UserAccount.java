package org.opencme.identity.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.opencme.content.pkg.Profession;
import org.opencme.identity.boundary.Role;
import org.opencme.platform.boundary.ProviderCalendar;

/**
 * A person who signs in. Invariants: the e-mail is stored lower-case and
 * trimmed, every account keeps the {@link Role#LEARNER} role, and the password
 * is held only as a slow salted hash.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
	@SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 254)
	private String email;

	@Column(name = "given_name", nullable = false, length = 100)
	private String givenName;

	@Column(name = "family_name", nullable = false, length = 100)
	private String familyName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Profession profession;

	@Column(length = 10)
	private String npi;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Column(name = "time_zone", nullable = false, length = 60)
	private String timeZone;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role_name", nullable = false)
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "user_id", nullable = false)
	@OrderBy("position")
	private List<Licence> licences = new ArrayList<>();

	@Column(name = "birth_month")
	private Integer birthMonth;

	@Column(name = "birth_day")
	private Integer birthDay;

	@Column(name = "board_diplomate_id", length = 20)
	private String boardDiplomateId;

	/** When the learner allowed their credit to be reported; null: not allowed. */
	@Column(name = "report_permission_at")
	private Instant reportPermissionAt;

	/** Changes with roles, the enabled flag and the password: sessions re-read. */
	@Column(name = "security_stamp", nullable = false)
	private long securityStamp;

	/** Changes with the password and deactivation: open sessions end. */
	@Column(name = "credential_stamp", nullable = false)
	private long credentialStamp;

	@Version
	@Column(name = "row_version", nullable = false)
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String email, String givenName, String familyName, Profession profession, String passwordHash,
			Instant createdAt) {
		this.email = normaliseEmail(email);
		this.givenName = givenName.trim();
		this.familyName = familyName.trim();
		this.profession = profession;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
		this.timeZone = ProviderCalendar.ZONE.getId();
		this.enabled = true;
		this.roles.add(Role.LEARNER);
	}

	public static String normaliseEmail(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

	public void grant(Role role) {
		if (roles.add(role)) {
			securityStamp++;
		}
	}

	/** Takes a role away; LEARNER cannot be taken, every account keeps it. */
	public void revoke(Role role) {
		if (!role.isGrantable()) {
			throw new IllegalArgumentException("Every account keeps the LEARNER role");
		}
		if (roles.remove(role)) {
			securityStamp++;
		}
	}

	/**
	 * Signs the account out everywhere and refuses every sign-in until reactivated.
	 */
	public void deactivate() {
		if (enabled) {
			enabled = false;
			endSessions();
		}
	}

	public void reactivate() {
		if (!enabled) {
			enabled = true;
			securityStamp++;
		}
	}

	/** Every open session of the account ends on its next request. */
	public void endSessions() {
		securityStamp++;
		credentialStamp++;
	}

	public void addLicence(String state, String number) {
		licences.add(new Licence(state, number, licences.size()));
	}

	/**
	 * A new password ends every open session (the caller's own session is renewed
	 * by the caller).
	 */
	public void changePasswordHash(String newHash) {
		this.passwordHash = newHash;
		endSessions();
	}

	public void changeNpi(String newNpi) {
		this.npi = newNpi == null || newNpi.isBlank() ? null : newNpi.trim();
	}

	/** Month and day of birth, never the year (what credit reporting asks). */
	public void changeBirthday(MonthDay birthday) {
		this.birthMonth = birthday == null ? null : birthday.getMonthValue();
		this.birthDay = birthday == null ? null : birthday.getDayOfMonth();
	}

	public void changeBoardDiplomateId(String id) {
		this.boardDiplomateId = id == null || id.isBlank() ? null : id.trim();
	}

	/**
	 * Gives ({@code at} not null) or withdraws (null) the permission to report the
	 * learner's credit to the accreditor and boards.
	 */
	public void permitReporting(Instant at) {
		this.reportPermissionAt = at;
	}

	public Optional<MonthDay> birthday() {
		return birthMonth == null || birthDay == null
				? Optional.empty()
				: Optional.of(MonthDay.of(birthMonth, birthDay));
	}

	public String boardDiplomateId() {
		return boardDiplomateId;
	}

	public Instant reportPermissionAt() {
		return reportPermissionAt;
	}

	public void changeTimeZone(String zoneId) {
		this.timeZone = java.time.ZoneId.of(zoneId).getId();
	}

	public Long id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String givenName() {
		return givenName;
	}

	public String familyName() {
		return familyName;
	}

	public String displayName() {
		return givenName + " " + familyName;
	}

	public Profession profession() {
		return profession;
	}

	public String npi() {
		return npi;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public String timeZone() {
		return timeZone;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public long securityStamp() {
		return securityStamp;
	}

	public long credentialStamp() {
		return credentialStamp;
	}

	public Set<Role> roles() {
		return Collections.unmodifiableSet(EnumSet.copyOf(roles));
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public List<Licence> licences() {
		return Collections.unmodifiableList(licences);
	}
}
