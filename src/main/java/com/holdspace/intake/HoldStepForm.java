package com.holdspace.intake;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A referral or a clearance as the therapist types it. */
public class HoldStepForm {

	@NotBlank(message = "{hold.error.personName}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String personName;

	@NotBlank(message = "{hold.error.personRole}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String personRole;

	@NotNull(message = "{hold.error.adviceOn}")
	@PastOrPresent(message = "{hold.error.adviceFuture}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate adviceOn;

	private ConsultBasis basis;

	/** Who cleared a refer-and-pause hold, from the list of licensed clinicians. */
	private LicensedRole licensedRole;

	@NotBlank(message = "{hold.error.note}")
	@Size(max = 2000, message = "{validation.tooLong}")
	private String note;

	public String getPersonName() {
		return this.personName;
	}

	public void setPersonName(String personName) {
		this.personName = personName;
	}

	public String getPersonRole() {
		return this.personRole;
	}

	public void setPersonRole(String personRole) {
		this.personRole = personRole;
	}

	public LocalDate getAdviceOn() {
		return this.adviceOn;
	}

	public void setAdviceOn(LocalDate adviceOn) {
		this.adviceOn = adviceOn;
	}

	public ConsultBasis getBasis() {
		return this.basis;
	}

	public void setBasis(ConsultBasis basis) {
		this.basis = basis;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public LicensedRole getLicensedRole() {
		return this.licensedRole;
	}

	public void setLicensedRole(LicensedRole licensedRole) {
		this.licensedRole = licensedRole;
	}

}
