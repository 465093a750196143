package org.opencme.authoring.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencme.content.pkg.ActivityFormat;
import org.opencme.content.pkg.PackageFile;
import org.opencme.content.pkg.Profession;

/**
 * The activity as the editor holds it between requests: plain mutable fields
 * the page binds to. Converted to and from the content package by
 * {@link ActivityForms}; no rule lives here.
 */
public class ActivityForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private String title;
	private String summary;
	private String objectives = "";
	private List<Profession> targetAudience = new ArrayList<>();
	private List<String> topics = new ArrayList<>();
	private ActivityFormat format = ActivityFormat.ON_DEMAND;
	private Integer estimatedMinutes;
	private String accreditationStatement;
	private LocalDate releaseDate;
	private LocalDate expiryDate;
	private BigDecimal fee = BigDecimal.ZERO;
	private String currency = "USD";
	private Integer capacity;
	private String certificateTemplate;
	private List<FacultyRow> faculty = new ArrayList<>();
	private List<CreditRow> credits = new ArrayList<>();
	private List<ModuleForm> modules = new ArrayList<>();
	private List<String> requiredModules = new ArrayList<>();
	private Integer postTestPassPercent;
	private boolean evaluationRequired;
	private Integer minAttendancePercent;
	private boolean attestationRequired;
	/**
	 * Media files of the package other than the Markdown of content modules, by
	 * path.
	 */
	private Map<String, PackageFile> mediaFiles = new LinkedHashMap<>();

	/** A faculty member or planner with the disclosure. */
	public static class FacultyRow implements Serializable {
		private static final long serialVersionUID = 1L;
		private String name;
		private String role;
		private String disclosure;
		private LocalDate disclosedOn;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getRole() {
			return role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public String getDisclosure() {
			return disclosure;
		}

		public void setDisclosure(String disclosure) {
			this.disclosure = disclosure;
		}

		public LocalDate getDisclosedOn() {
			return disclosedOn;
		}

		public void setDisclosedOn(LocalDate disclosedOn) {
			this.disclosedOn = disclosedOn;
		}
	}

	/** A credit designation line. */
	public static class CreditRow implements Serializable {
		private static final long serialVersionUID = 1L;
		private String creditType;
		private BigDecimal amount;
		private String note;

		public String getCreditType() {
			return creditType;
		}

		public void setCreditType(String creditType) {
			this.creditType = creditType;
		}

		public BigDecimal getAmount() {
			return amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getObjectives() {
		return objectives;
	}

	public void setObjectives(String objectives) {
		this.objectives = objectives;
	}

	public List<Profession> getTargetAudience() {
		return targetAudience;
	}

	public void setTargetAudience(List<Profession> targetAudience) {
		this.targetAudience = targetAudience;
	}

	public List<String> getTopics() {
		return topics;
	}

	public void setTopics(List<String> topics) {
		this.topics = topics;
	}

	public ActivityFormat getFormat() {
		return format;
	}

	public void setFormat(ActivityFormat format) {
		this.format = format;
	}

	public Integer getEstimatedMinutes() {
		return estimatedMinutes;
	}

	public void setEstimatedMinutes(Integer estimatedMinutes) {
		this.estimatedMinutes = estimatedMinutes;
	}

	public String getAccreditationStatement() {
		return accreditationStatement;
	}

	public void setAccreditationStatement(String accreditationStatement) {
		this.accreditationStatement = accreditationStatement;
	}

	public LocalDate getReleaseDate() {
		return releaseDate;
	}

	public void setReleaseDate(LocalDate releaseDate) {
		this.releaseDate = releaseDate;
	}

	public LocalDate getExpiryDate() {
		return expiryDate;
	}

	public void setExpiryDate(LocalDate expiryDate) {
		this.expiryDate = expiryDate;
	}

	public BigDecimal getFee() {
		return fee;
	}

	public void setFee(BigDecimal fee) {
		this.fee = fee;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public String getCertificateTemplate() {
		return certificateTemplate;
	}

	public void setCertificateTemplate(String certificateTemplate) {
		this.certificateTemplate = certificateTemplate;
	}

	public List<FacultyRow> getFaculty() {
		return faculty;
	}

	public List<CreditRow> getCredits() {
		return credits;
	}

	public List<ModuleForm> getModules() {
		return modules;
	}

	public List<String> getRequiredModules() {
		return requiredModules;
	}

	public void setRequiredModules(List<String> requiredModules) {
		this.requiredModules = requiredModules;
	}

	public Integer getPostTestPassPercent() {
		return postTestPassPercent;
	}

	public void setPostTestPassPercent(Integer postTestPassPercent) {
		this.postTestPassPercent = postTestPassPercent;
	}

	public boolean isEvaluationRequired() {
		return evaluationRequired;
	}

	public void setEvaluationRequired(boolean evaluationRequired) {
		this.evaluationRequired = evaluationRequired;
	}

	public Integer getMinAttendancePercent() {
		return minAttendancePercent;
	}

	public void setMinAttendancePercent(Integer minAttendancePercent) {
		this.minAttendancePercent = minAttendancePercent;
	}

	public boolean isAttestationRequired() {
		return attestationRequired;
	}

	public void setAttestationRequired(boolean attestationRequired) {
		this.attestationRequired = attestationRequired;
	}

	public Map<String, PackageFile> getMediaFiles() {
		return mediaFiles;
	}
}
