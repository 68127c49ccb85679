package com.holdspace.client;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import com.holdspace.staff.StaffDirectory;

/**
 * The client rules that look at more than one field. The preferred therapist is checked apart from
 * these, by the controller, because whether a choice may stand depends on what is saved.
 */
@Component
class ClientFormValidator implements Validator {

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 2);

	private final StaffDirectory staffDirectory;

	ClientFormValidator(StaffDirectory staffDirectory) {
		this.staffDirectory = staffDirectory;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ClientForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		var form = (ClientForm) target;
		if (form.getDateOfBirth() != null && form.getDateOfBirth().isBefore(EARLIEST_BIRTH)
				&& !errors.hasFieldErrors("dateOfBirth")) {
			errors.rejectValue("dateOfBirth", "client.error.birthTooEarly");
		}
		checkPreferredContactIsReachable(form, errors);
		checkEmergencyContacts(form, errors);
	}

	/**
	 * A new choice must be a therapist who can be chosen today. The one already saved may stay
	 * after they have left, so that editing anything else does not quietly drop the preference.
	 * @param savedTherapistId the client's saved preferred therapist; {@code null} for a new client
	 */
	void checkPreferredTherapist(ClientForm form, Long savedTherapistId, Errors errors) {
		Long chosen = form.getPreferredTherapistId();
		if (chosen != null && !chosen.equals(savedTherapistId) && !this.staffDirectory.isActiveTherapist(chosen)) {
			errors.rejectValue("preferredTherapistId", "client.error.therapistUnknown");
		}
	}

	private void checkPreferredContactIsReachable(ClientForm form, Errors errors) {
		var method = form.getPreferredContact();
		if (method == null) {
			return;
		}
		if (method.needsPhone() && form.getPhone() == null && !errors.hasFieldErrors("phone")) {
			errors.rejectValue("phone", "client.error.phoneNeeded");
		}
		if (!method.needsPhone() && form.getEmail() == null && !errors.hasFieldErrors("email")) {
			errors.rejectValue("email", "client.error.emailNeeded");
		}
	}

	private void checkEmergencyContacts(ClientForm form, Errors errors) {
		var rows = form.getEmergencyContacts();
		boolean anyComplete = false;
		for (int i = 0; i < rows.size(); i++) {
			var row = rows.get(i);
			if (row.isComplete()) {
				anyComplete = true;
			}
			else if (!row.isBlank()) {
				String path = "emergencyContacts[" + i + "].";
				if (row.getName() == null) {
					errors.rejectValue(path + "name", "validation.required");
				}
				if (row.getRelationship() == null) {
					errors.rejectValue(path + "relationship", "validation.required");
				}
				if (row.getPhone() == null) {
					errors.rejectValue(path + "phone", "validation.required");
				}
			}
		}
		if (anyComplete) {
			return;
		}
		if (rows.isEmpty()) {
			errors.reject("client.error.emergencyContactNeeded");
		}
		else if (rows.get(0).isBlank()) {
			errors.rejectValue("emergencyContacts[0].name", "client.error.emergencyContactNeeded");
		}
	}

}
