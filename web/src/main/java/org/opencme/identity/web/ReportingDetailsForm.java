package org.opencme.identity.web;

import java.io.Serializable;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencme.identity.boundary.LicenceInput;
import org.opencme.identity.boundary.ReportingDetails;
import org.opencme.identity.boundary.ReportingIdentity;

/**
 * What a learner types into the credit reporting fields (profile, claim page):
 * kept as typed, so a refused save loses nothing. {@link #ask} limits the
 * inputs shown to the fields still missing; empty shows them all.
 */
public class ReportingDetailsForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private Integer birthMonth;
	private Integer birthDay;
	private String npi;
	private String licenceState;
	private String licenceNumber;
	private String boardDiplomateId;
	private boolean permitReporting;
	private Set<String> ask = Set.of();

	public static ReportingDetailsForm of(ReportingIdentity identity) {
		ReportingDetailsForm form = new ReportingDetailsForm();
		identity.birthdayIfGiven().ifPresent(b -> {
			form.birthMonth = b.getMonthValue();
			form.birthDay = b.getDayOfMonth();
		});
		form.npi = identity.npi();
		form.boardDiplomateId = identity.boardDiplomateId();
		form.permitReporting = identity.permitsReporting();
		return form;
	}

	public ReportingDetails toDetails() {
		LicenceInput licence = isBlank(licenceState) && isBlank(licenceNumber)
				? null
				: new LicenceInput(licenceState, licenceNumber);
		return new ReportingDetails(birthMonth, birthDay, blankToNull(npi), licence, blankToNull(boardDiplomateId),
				permitReporting);
	}

	/** Whether the input for {@code field} is shown. */
	public boolean asks(String field) {
		return ask.isEmpty() || ask.contains(field);
	}

	public List<Month> getMonths() {
		return Arrays.asList(Month.values());
	}

	public String monthName(Month m) {
		return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private static String blankToNull(String s) {
		return isBlank(s) ? null : s.strip();
	}

	public void setAsk(Set<String> ask) {
		this.ask = Set.copyOf(ask);
	}

	public Integer getBirthMonth() {
		return birthMonth;
	}

	public void setBirthMonth(Integer birthMonth) {
		this.birthMonth = birthMonth;
	}

	public Integer getBirthDay() {
		return birthDay;
	}

	public void setBirthDay(Integer birthDay) {
		this.birthDay = birthDay;
	}

	public String getNpi() {
		return npi;
	}

	public void setNpi(String npi) {
		this.npi = npi;
	}

	public String getLicenceState() {
		return licenceState;
	}

	public void setLicenceState(String licenceState) {
		this.licenceState = licenceState;
	}

	public String getLicenceNumber() {
		return licenceNumber;
	}

	public void setLicenceNumber(String licenceNumber) {
		this.licenceNumber = licenceNumber;
	}

	public String getBoardDiplomateId() {
		return boardDiplomateId;
	}

	public void setBoardDiplomateId(String boardDiplomateId) {
		this.boardDiplomateId = boardDiplomateId;
	}

	public boolean isPermitReporting() {
		return permitReporting;
	}

	public void setPermitReporting(boolean permitReporting) {
		this.permitReporting = permitReporting;
	}
}
